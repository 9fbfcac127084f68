using System;
using System.Linq;
using System.Text.Json.Nodes;
using EnodePS.Emulator;
using EnodePS.Emulator.Actions;
using EnodePS.Emulator.Routing;
using EnodePS.Emulator.Time;
using EnodePS.Tests.Shared;
using Record = EnodePS.Emulator.State.Record;

namespace EnodePS.PowerShell.Tests.Support
{
    /// <summary>
    /// What the control cmdlet tests share: devices made controllable in the session's emulator, the requests that
    /// were sent, and scripts run inside try/catch.
    /// </summary>
    public static class ControlledEmulator
    {
        /// <summary>When the emulator clock of <see cref="NewSession"/> starts.</summary>
        public static readonly DateTimeOffset Now = new DateTimeOffset(2024, 11, 20, 12, 0, 0, TimeSpan.Zero);

        /// <summary>
        /// A session whose emulator has a few devices of each kind for control tests, on a clock that moves only when
        /// the test advances it (a new one at <see cref="Now"/> unless given), so that actions stay pending.
        /// </summary>
        public static PowerShellSession NewSession(ManualEmulatorClock? clock = null) =>
            new PowerShellSession(new EmulatorOptions
            {
                Clock = clock ?? new ManualEmulatorClock(Now), VehicleCount = 8, UserCount = 2, ChargerCount = 6, HvacCount = 4, BatteryCount = 4,
            });

        /// <summary>The first <paramref name="count"/> devices of the kind (of one user when given), made controllable.</summary>
        public static Record[] Controllable(this PowerShellSession session, DeviceKind kind, int count = 1, string? userId = null, Action<JsonObject>? change = null)
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

        /// <summary>Adds a location of the user straight to the emulator's state and returns its id.</summary>
        public static string AddLocation(this PowerShellSession session, string userId)
        {
            var id = Guid.NewGuid().ToString();
            lock (session.Emulator.State.Gate)
                session.Emulator.State.Locations.Add(new Record(id, userId, session.Emulator.State.Clock.UtcNow, new JsonObject { ["id"] = id, ["userId"] = userId }));
            return id;
        }

        /// <summary>The requests sent for the operation ("POST /vehicles/{vehicleId}/charging"), in order.</summary>
        public static RecordedRequest[] Sent(this PowerShellSession session, string operation) =>
            session.Emulator.Journal.Snapshot().Where(r => r.Operation == operation).ToArray();

        /// <summary>Requests other than reads and tokens: what changed something.</summary>
        public static RecordedRequest[] Changes(this PowerShellSession session) => session.Emulator.Journal.Mutating().ToArray();

        /// <summary>
        /// Runs a script inside try/catch, so that a terminating error (ThrowTerminatingError, a binder's refusal) ends
        /// the whole run and lands in <see cref="ScriptResult.Terminating"/>, as a caller's try/catch sees it; a
        /// non-terminating error is not caught and stays in <see cref="ScriptResult.Errors"/>.
        /// </summary>
        public static ScriptResult RunCatchingTerminating(this PowerShellSession session, string script, object? variables = null) =>
            session.Run("try { " + script + " } catch { throw }", variables);
    }
}
