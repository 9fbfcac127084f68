using System;
using EnodePS.Emulator;
using EnodePS.Emulator.Time;

namespace EnodePS.PowerShell.Tests.Support
{
    /// <summary>Sessions whose emulator clock stands still at <see cref="Now"/>, so that statistics and LastSeen are predictable.</summary>
    public static class StoppedClock
    {
        public static readonly DateTimeOffset Now = new DateTimeOffset(2024, 11, 20, 12, 0, 0, TimeSpan.Zero);

        /// <summary>A connected session on an emulator with these options and the clock stopped at <see cref="Now"/>.</summary>
        public static PowerShellSession Session(EmulatorOptions options)
        {
            options.Clock = new ManualEmulatorClock(Now);
            return new PowerShellSession(options);
        }

        /// <summary>A connected session with three users and three of each energy device (inverters, batteries, meters, HEM systems).</summary>
        public static PowerShellSession EnergySession() => Session(new EmulatorOptions
        {
            UserCount = 3, VehicleCount = 3, InverterCount = 3, BatteryCount = 3, MeterCount = 3, HemSystemCount = 3,
        });
    }
}
