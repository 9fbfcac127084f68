using System;
using System.Linq;
using EnodePS.Client.Models;
using EnodePS.Emulator;
using EnodePS.Emulator.Time;
using EnodePS.PowerShell.Tests.Support;

namespace EnodePS.PowerShell.Tests.SmartCharging
{
    /// <summary>A session on an evening with a fixed clock, and a vehicle there that wants charging.</summary>
    internal static class SmartChargingSessions
    {
        public static PowerShellSession Evening() => new PowerShellSession(new EmulatorOptions
        {
            VehicleCount = 4, UserCount = 2, TokenLifetime = TimeSpan.FromDays(1),
            Clock = new ManualEmulatorClock(new DateTimeOffset(2024, 11, 6, 18, 0, 0, TimeSpan.Zero)),
        });

        /// <summary>Plugs the first vehicle in at 35 % and leaves it in <c>$vehicle</c>, as Get-EnodeVehicle gives it.</summary>
        public static Vehicle PluggedInVehicle(this PowerShellSession session)
        {
            var record = session.Emulator.State.Vehicles.All[0];
            lock (session.Emulator.State.Gate)
            {
                var charge = record.Body["chargeState"]!;
                charge["isPluggedIn"] = true;
                charge["isFullyCharged"] = false;
                charge["batteryLevel"] = 35;
                charge["chargeLimit"] = 80;
            }
            return session.Run("$vehicle = Get-EnodeVehicle -Id $vehicleId; $vehicle", new { vehicleId = record.Id }).AssertSucceeded().OutputOf<Vehicle>().Single();
        }
    }
}
