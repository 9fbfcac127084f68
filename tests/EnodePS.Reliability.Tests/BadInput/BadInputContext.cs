using System;
using EnodePS.Cmdlets.Tests.Support;
using EnodePS.Connections;
using EnodePS.Emulator;

namespace EnodePS.Reliability.Tests.BadInput
{
    /// <summary>One connected session for the whole bad-input table, and emulators to hand to Connect-Enode -Emulator.</summary>
    public sealed class BadInputContext : IDisposable
    {
        private readonly Lazy<RunningEmulator> _stopped;

        public BadInputContext()
        {
            Session = new CmdletSession();
            // The session's own emulator, as Start-EnodeEmulator would have returned it (not disposed here: the session owns it).
            Running = new RunningEmulator(Session.Emulator, Session.Loopback.Server);
            _stopped = new Lazy<RunningEmulator>(() =>
            {
                var emulator = new EnodeEmulator(EmulatorOptions.Demo());
                var stopped = new RunningEmulator(emulator, emulator.StartLoopback());
                stopped.Stop();
                return stopped;
            });
        }

        public CmdletSession Session { get; }
        public EnodeEmulator Emulator => Session.Emulator;
        public RunningEmulator Running { get; }
        public RunningEmulator Stopped => _stopped.Value;

        public string FirstId(Func<EnodePS.Emulator.State.EmulatorState, EnodePS.Emulator.State.RecordTable> table) => table(Emulator.State).All[0].Id;

        public void Dispose() => Session.Dispose();
    }
}
