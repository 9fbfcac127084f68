using System;
using System.IO;
using System.Security;
using EnodePS.Client;
using EnodePS.Cmdlets.Tests.Support;
using EnodePS.Connections;
using EnodePS.Emulator;
using EnodePS.Reliability.Tests.Support;

namespace EnodePS.Reliability.Tests.BadInput
{
    /// <summary>One connected session for the whole bad-input table, and emulators to hand to Connect-Enode -Emulator.</summary>
    public sealed class BadInputContext : ISessionValues, IDisposable
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
        public EnodePS.Connections.EnodeConnection Connection => Session.Connection;
        public Uri ApiUrl => Session.Loopback.ApiUrl;
        public Uri TokenUrl => Session.Loopback.TokenUrl;
        public SecureString Plant(string kind) => SecureStrings.FromPlain("bad-input-" + kind);

        /// <summary>A file with the content, in a folder removed with the context; returns its full path.</summary>
        public string File(string name, string content)
        {
            var path = Path.Combine(_folder.Value, name);
            System.IO.File.WriteAllText(path, content);
            return path;
        }

        private readonly Lazy<string> _folder = new Lazy<string>(() =>
            Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "enodeps-bad-input-" + Guid.NewGuid().ToString("N"))).FullName);
        public RunningEmulator Running { get; }
        public RunningEmulator Stopped => _stopped.Value;

        public string FirstId(Func<EnodePS.Emulator.State.EmulatorState, EnodePS.Emulator.State.RecordTable> table) => table(Emulator.State).All[0].Id;

        public void Dispose()
        {
            Session.Dispose();
            if (_folder.IsValueCreated) Directory.Delete(_folder.Value, recursive: true);
        }
    }
}
