using System;

namespace EnodePS.Client.Actions
{
    /// <summary>How <see cref="ActionWaiter"/> polls: each action on its own schedule, a few requests at a time.</summary>
    public sealed class ActionWaitOptions
    {
        /// <summary>The API gives up on an action after 30 minutes, so waiting longer by default gains nothing.</summary>
        public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(30);

        /// <summary>Wait before an action's first poll (when it is known to be pending) and between its first polls.</summary>
        public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

        /// <summary>The longest wait between two polls of one action, however long it stays pending.</summary>
        public TimeSpan MaxPollInterval { get; set; } = TimeSpan.FromSeconds(30);

        /// <summary>Each poll that finds an action pending multiplies its interval by this (up to <see cref="MaxPollInterval"/>).</summary>
        public double BackoffFactor { get; set; } = 1.5;

        /// <summary>At most this many requests in flight, whatever the number of actions.</summary>
        public int MaxConcurrency { get; set; } = 8;

        /// <summary>How long to wait for all of them before giving up on the rest.</summary>
        public TimeSpan Timeout { get; set; } = DefaultTimeout;

        internal void Validate()
        {
            if (PollInterval <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(PollInterval), PollInterval, "The poll interval must be positive.");
            if (MaxPollInterval < PollInterval) throw new ArgumentOutOfRangeException(nameof(MaxPollInterval), MaxPollInterval, "The longest poll interval cannot be shorter than the first.");
            if (BackoffFactor < 1 || double.IsNaN(BackoffFactor)) throw new ArgumentOutOfRangeException(nameof(BackoffFactor), BackoffFactor, "The backoff factor must be 1 or more.");
            if (MaxConcurrency < 1) throw new ArgumentOutOfRangeException(nameof(MaxConcurrency), MaxConcurrency, "At least one request must be allowed.");
            if (Timeout <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(Timeout), Timeout, "The timeout must be positive.");
        }

        internal TimeSpan Next(TimeSpan interval)
        {
            var next = TimeSpan.FromTicks((long)Math.Min(interval.Ticks * BackoffFactor, MaxPollInterval.Ticks));
            return next < interval ? interval : next;
        }
    }
}
