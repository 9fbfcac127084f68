namespace EnodePS.Client.Logging
{
    /// <summary>Receives the client's diagnostic messages. Messages are already redacted: no secret reaches a log.</summary>
    public interface IEnodeLog
    {
        /// <summary>One line per attempt: method, path, status, duration; and each retry with its wait.</summary>
        void Verbose(string message);

        /// <summary>Headers and bodies, redacted. Called only when <see cref="IsDebugEnabled"/>.</summary>
        void Debug(string message);

        bool IsDebugEnabled { get; }
    }
}
