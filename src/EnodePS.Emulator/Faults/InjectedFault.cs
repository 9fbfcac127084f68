namespace EnodePS.Emulator.Faults
{
    /// <summary>What one request gets instead of (or on top of) its real answer.</summary>
    public sealed class InjectedFault
    {
        public InjectedFault(FaultKind kind, int? retryAfterSeconds)
        {
            Kind = kind;
            RetryAfterSeconds = retryAfterSeconds;
        }

        public FaultKind Kind { get; }

        /// <summary>The Retry-After header of a 429 or 503; null for none.</summary>
        public int? RetryAfterSeconds { get; }

        /// <summary>True when the handler still runs and only its answer is damaged (truncated or malformed).</summary>
        public bool ServesRequest => Kind == FaultKind.TruncateBody || Kind == FaultKind.MalformedBody;
    }
}
