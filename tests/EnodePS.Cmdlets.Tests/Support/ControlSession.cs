using System;
using System.Linq;
using System.Text.Json.Nodes;
using EnodePS.Emulator;
using EnodePS.Emulator.Actions;
using EnodePS.Emulator.Routing;
using EnodePS.Tests.Shared;
using Record = EnodePS.Emulator.State.Record;

namespace EnodePS.Cmdlets.Tests.Support
{
    /// <summary>What the control cmdlet tests share: devices made controllable in the emulator, and what was sent.</summary>
    public static class ControlSession
    {
        /// <summary>The first <paramref name="count"/> devices of the kind (of one user when given), made controllable.</summary>
        public static Record[] Controllable(this CmdletSession session, DeviceKind kind, int count = 1, string? userId = null, Action<JsonObject>? change = null)
        {
            lock (session.Emulator.State.Gate)
            {
                var devices = kind.Table(session.Emulator.State).All.Where(d => userId == null || d.UserId == userId).Take(count).ToArray();
                foreach (var device in devices)
                {
                    ControllableDevice.Prepare(kind, device.Body);
                    change?.Invoke(device.Body);
                }
                return devices;
            }
        }

        /// <summary>The requests sent for the operation ("POST /vehicles/{vehicleId}/charging"), in order.</summary>
        public static RecordedRequest[] Sent(this CmdletSession session, string operation) =>
            session.Emulator.Journal.Snapshot().Where(r => r.Operation == operation).ToArray();

        /// <summary>Requests other than reads and tokens: what changed something.</summary>
        public static RecordedRequest[] Changes(this CmdletSession session) =>
            session.Emulator.Journal.Snapshot().Where(r => r.Method != "GET" && !r.Path.Contains("oauth")).ToArray();

        public static EmulatorOptions ManualClockOptions(EnodePS.Emulator.Time.ManualEmulatorClock clock) =>
            new EmulatorOptions { Clock = clock, VehicleCount = 8, UserCount = 2, ChargerCount = 6, HvacCount = 4, BatteryCount = 4 };
    }
}
