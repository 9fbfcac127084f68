using EnodePS.Client.Logging;

namespace EnodePS.Infrastructure
{
    /// <summary>Sends the client's log lines to the cmdlet's -Verbose and -Debug streams, via the pump's thread.</summary>
    internal sealed class CmdletLog : IEnodeLog
    {
        private readonly EnodeCmdlet _cmdlet;
        private readonly PipelineThreadPump _pump;
        private readonly SecretSet _secrets;

        public CmdletLog(EnodeCmdlet cmdlet, PipelineThreadPump pump, bool debugEnabled, SecretSet secrets)
        {
            _cmdlet = cmdlet;
            _pump = pump;
            _secrets = secrets;
            IsDebugEnabled = debugEnabled;
        }

        public bool IsDebugEnabled { get; }

        public void Verbose(string message)
        {
            var safe = _secrets.Scrub(message);
            _pump.Post(() => _cmdlet.Verbose(safe));
        }

        public void Debug(string message)
        {
            var safe = _secrets.Scrub(message);
            _pump.Post(() => _cmdlet.WriteDebug(safe));
        }
    }
}
