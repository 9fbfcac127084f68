using System;
using EnodePS.Cmdlets.Tests.Support;
using EnodePS.Infrastructure;

namespace EnodePS.Reliability.Tests.Support
{
    /// <summary>
    /// A <see cref="RecordingHost"/> that also tells the test about each object as the cmdlet writes it, so a test
    /// can act at an exact point of a listing (arm a fault after the 1,000th item, press Ctrl+C during page 3).
    /// It can also hear each verbose line (one per request), to act after the n-th poll of a wait.
    /// Called on the cmdlet's pipeline thread, like every write.
    /// </summary>
    internal sealed class ObservingHost : ICmdletHost
    {
        private readonly Action<int, object?> _onObject;
        private readonly Action<string>? _onVerbose;
        private int _written;

        public ObservingHost(RecordingHost inner, Action<int, object?> onObject, Action<string>? onVerbose = null)
        {
            Inner = inner;
            _onObject = onObject;
            _onVerbose = onVerbose;
        }

        public RecordingHost Inner { get; }
        public int Written => _written;

        public object SessionKey => Inner.SessionKey;
        public bool IsDebugEnabled => Inner.IsDebugEnabled;
        public PagingRequest Paging => Inner.Paging;

        public void WriteObject(object? value)
        {
            Inner.WriteObject(value);
            _onObject(++_written, value);
        }

        public void WriteError(CmdletError error) => Inner.WriteError(error);
        public void WriteWarning(string message) => Inner.WriteWarning(message);
        public void WriteVerbose(string message)
        {
            Inner.WriteVerbose(message);
            _onVerbose?.Invoke(message);
        }
        public void WriteDebug(string message) => Inner.WriteDebug(message);
        public void WriteProgress(ProgressInfo progress) => Inner.WriteProgress(progress);
        public bool ShouldProcess(string target, string action) => Inner.ShouldProcess(target, action);
        public bool ShouldContinue(string query, string caption) => Inner.ShouldContinue(query, caption);
        public string? GetEnvironmentVariable(string name) => Inner.GetEnvironmentVariable(name);
        public void ThrowTerminatingError(CmdletError error) => Inner.ThrowTerminatingError(error);
    }
}
