using System;
using System.Collections.ObjectModel;
using System.Management.Automation;

namespace EnodePS.PowerShell.Tests.Support
{
    /// <summary>A script started in a session and not yet waited for: <see cref="Stop"/> is Ctrl+C.</summary>
    public sealed class RunningScript : IDisposable
    {
        private readonly PowerShellSession _session;
        private readonly System.Management.Automation.PowerShell _shell;
        private readonly string _script;
        private readonly IAsyncResult _pending;

        internal RunningScript(PowerShellSession session, System.Management.Automation.PowerShell shell, string script)
        {
            _session = session;
            _shell = shell;
            _script = script;
            _pending = shell.BeginInvoke();
        }

        public bool IsCompleted => _pending.IsCompleted;

        /// <summary>Stops the pipeline as Ctrl+C does (StopProcessing) and returns once it has stopped.</summary>
        public void Stop() => _shell.Stop();

        /// <summary>Waits for the script to end and returns what it wrote.</summary>
        public ScriptResult Wait(TimeSpan? timeout = null)
        {
            if (!_pending.AsyncWaitHandle.WaitOne(timeout ?? TimeSpan.FromSeconds(60)))
                throw new TimeoutException("The script did not end in time: " + _script);
            return _session.Collect(_shell, _script, () => new Collection<PSObject>(_shell.EndInvoke(_pending)));
        }

        public void Dispose() => _shell.Dispose();
    }
}
