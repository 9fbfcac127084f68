using System;

namespace EnodePS.Client
{
    /// <summary>How a client retries throttled and transiently failed requests.</summary>
    public sealed class RetryOptions
    {
        /// <summary>Retries after the first attempt; 0 turns retrying off.</summary>
        public int MaxRetries { get; set; } = 5;

        /// <summary>The first backoff delay; later ones grow exponentially, with jitter.</summary>
        public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

        /// <summary>The longest backoff delay the client picks by itself.</summary>
        public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

        /// <summary>The longest Retry-After the client waits out; a server asking for longer gets its error returned instead.</summary>
        public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromMinutes(2);

        /// <summary>Time allowed for one attempt (not for all retries together).</summary>
        public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(100);

        public RetryOptions Clone() => (RetryOptions)MemberwiseClone();

        internal void Validate()
        {
            if (MaxRetries < 0) throw new ArgumentOutOfRangeException(nameof(MaxRetries), MaxRetries, "MaxRetries must be 0 or more.");
            if (BaseDelay < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(BaseDelay), BaseDelay, "BaseDelay must not be negative.");
            if (MaxDelay < BaseDelay) throw new ArgumentOutOfRangeException(nameof(MaxDelay), MaxDelay, "MaxDelay must be at least BaseDelay.");
            if (AttemptTimeout <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(AttemptTimeout), AttemptTimeout, "AttemptTimeout must be positive.");
        }
    }
}
