using System;
using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace EnodePS.Infrastructure
{
    /// <summary>The real host: forwards every call to the PSCmdlet. Outputs are given their EnodePS type names here.</summary>
    internal sealed class PSCmdletHost : ICmdletHost
    {
        private static readonly object NoRunspace = new object();
        private readonly PSCmdlet _cmdlet;

        public PSCmdletHost(PSCmdlet cmdlet) { _cmdlet = cmdlet; }

        public object SessionKey => (object?)Runspace.DefaultRunspace ?? NoRunspace;

        public bool IsDebugEnabled
        {
            get
            {
                if (_cmdlet.MyInvocation.BoundParameters.TryGetValue("Debug", out var debug))
                    return debug is SwitchParameter s ? s.IsPresent : LanguagePrimitives.IsTrue(debug);
                var preference = _cmdlet.GetVariableValue("DebugPreference");
                return preference is ActionPreference p && p != ActionPreference.SilentlyContinue;
            }
        }

        public PagingRequest Paging
        {
            get
            {
                var paging = _cmdlet.PagingParameters;
                if (paging == null) return PagingRequest.All;
                long? first = paging.First == ulong.MaxValue ? (long?)null : (long)Math.Min(paging.First, long.MaxValue);
                return new PagingRequest(first, (long)Math.Min(paging.Skip, long.MaxValue));
            }
        }

        public void WriteObject(object? value) => _cmdlet.WriteObject(PowerShellValues.ToOutput(value));
        public void WriteError(CmdletError error) => _cmdlet.WriteError(error.ToErrorRecord());
        public void WriteWarning(string message) => _cmdlet.WriteWarning(message);
        /// <summary>
        /// Under -Debug without -Verbose, PowerShell 7 gives a compiled cmdlet an Inquire verbose preference: every
        /// verbose line then asks to continue, which fails in pwsh -NonInteractive and hangs a CI step with stdin open.
        /// Script functions given -Debug don't ask; so that ours don't either, the line goes to the debug stream then.
        /// </summary>
        public void WriteVerbose(string message)
        {
            var bound = _cmdlet.MyInvocation.BoundParameters;
            if (bound.ContainsKey("Debug") && !bound.ContainsKey("Verbose") && IsDebugEnabled) _cmdlet.WriteDebug(message);
            else _cmdlet.WriteVerbose(message);
        }
        public void WriteDebug(string message) => _cmdlet.WriteDebug(message);

        public void WriteProgress(ProgressInfo progress)
        {
            var record = new ProgressRecord(progress.ActivityId, progress.Activity, progress.Status)
            {
                PercentComplete = progress.PercentComplete,
                RecordType = progress.Completed ? ProgressRecordType.Completed : ProgressRecordType.Processing,
            };
            _cmdlet.WriteProgress(record);
        }

        public bool ShouldProcess(string target, string action) => _cmdlet.ShouldProcess(target, action);
        public bool ShouldContinue(string query, string caption) => _cmdlet.ShouldContinue(query, caption);
        public string? GetEnvironmentVariable(string name) => Environment.GetEnvironmentVariable(name);
        public void ThrowTerminatingError(CmdletError error) => _cmdlet.ThrowTerminatingError(error.ToErrorRecord());
    }
}
