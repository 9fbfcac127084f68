using EnodePS.Client.Logging;

namespace EnodePS.Infrastructure
{
    /// <summary>Sends the client's log lines to the cmdlet's -Verbose and -Debug streams, via the pump's thread.</summary>
    internal sealed class CmdletLog : IEnodeLog
    {
        private readonly ICmdletHost _host;
        private readonly PipelineThreadPump _pump;
        private readonly SecretSet _secrets;

        public CmdletLog(ICmdletHost host, PipelineThreadPump pump, bool debugEnabled, SecretSet secrets)
        {
            _host = host;
            _pump = pump;
            _secrets = secrets;
            IsDebugEnabled = debugEnabled;
        }

        public bool IsDebugEnabled { get; }

        public void Verbose(string message)
        {
            var safe = _secrets.Scrub(message);
            _pump.Post(() => _host.WriteVerbose(safe));
        }

        public void Debug(string message)
        {
            var safe = _secrets.Scrub(message);
            _pump.Post(() => _host.WriteDebug(safe));
        }
    }
}
