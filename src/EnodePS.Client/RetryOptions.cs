using System;
using EnodePS.Client.Validation;

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
            if (MaxRetries < 0) throw new EnodeValidationException(nameof(MaxRetries), MaxRetries, "0 or more.");
            if (BaseDelay < TimeSpan.Zero) throw new EnodeValidationException(nameof(BaseDelay), BaseDelay, "a delay that is not negative.");
            if (MaxDelay < BaseDelay) throw new EnodeValidationException(nameof(MaxDelay), MaxDelay, "at least BaseDelay (" + BaseDelay + ").");
            if (AttemptTimeout <= TimeSpan.Zero) throw new EnodeValidationException(nameof(AttemptTimeout), AttemptTimeout, "a positive time.");
        }
    }
}
