using System;
using System.IO;
using System.Linq;
using System.Management.Automation;
using EnodePS.Client;
using EnodePS.Emulator;
using EnodePS.PowerShell.Tests.Support;
using EnodePS.Reliability.Tests.Support;

namespace EnodePS.Reliability.Tests.BadInput
{
    /// <summary>
    /// One connected PowerShell session for the whole bad-input table, and emulators to hand to Connect-Enode -Emulator
    /// (started in a second runspace, so that this session's own list of started emulators stays empty).
    /// </summary>
    public sealed class BadInputContext : ISessionValues, IDisposable
    {
        private readonly Lazy<PowerShellSession> _starter = new Lazy<PowerShellSession>(PowerShellSession.Unconnected);
        private readonly Lazy<PSObject> _running;
        private readonly Lazy<PSObject> _stopped;

        public BadInputContext()
        {
            Session = new PowerShellSession();
            Client = (EnodeClient)Session.Invoke("(Get-EnodeConnection).Client").Single();
            _running = new Lazy<PSObject>(() => _starter.Value.Run("Start-EnodeEmulator -VehicleCount 2 -UserCount 1").AssertSucceeded().Output.Single());
            _stopped = new Lazy<PSObject>(() => _starter.Value.Run("$e = Start-EnodeEmulator -VehicleCount 2 -UserCount 1; Stop-EnodeEmulator $e; $e").AssertSucceeded().Output.Single());
        }

        public PowerShellSession Session { get; }
        public EnodeEmulator Emulator => Session.Emulator;
        public EnodeClient Client { get; }
        public string Plant(string kind) => "bad-input-" + kind;

        /// <summary>A running emulator as Start-EnodeEmulator returned it (in another runspace).</summary>
        public PSObject Running => _running.Value;

        /// <summary>The emulator behind <see cref="Running"/>, if it was started: its requests count too.</summary>
        public EnodeEmulator? RunningEmulator => _running.IsValueCreated ? (EnodeEmulator)_running.Value.Properties["Emulator"].Value : null;

        public PSObject Stopped => _stopped.Value;

        /// <summary>A file with the content, in a folder removed with the context; returns its full path.</summary>
        public string File(string name, string content)
        {
            var path = Path.Combine(_folder.Value, name);
            System.IO.File.WriteAllText(path, content);
            return path;
        }

        private readonly Lazy<string> _folder = new Lazy<string>(() =>
            Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "enodeps-bad-input-" + Guid.NewGuid().ToString("N"))).FullName);

        public string FirstId(Func<EnodePS.Emulator.State.EmulatorState, EnodePS.Emulator.State.RecordTable> table) => table(Emulator.State).All[0].Id;

        public void Dispose()
        {
            Session.Dispose();
            if (_starter.IsValueCreated)
            {
                _starter.Value.Run("Stop-EnodeEmulator");
                _starter.Value.Dispose();
            }
            if (_folder.IsValueCreated) Directory.Delete(_folder.Value, recursive: true);
        }
    }
}
