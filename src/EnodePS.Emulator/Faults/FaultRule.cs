using System;

namespace EnodePS.Emulator.Faults
{
    /// <summary>One armed fault: what to do, to how many of the next requests, and to which operations.</summary>
    public sealed class FaultRule
    {
        public FaultRule(FaultKind kind, int count, int retryAfterSeconds, string? operation)
        {
            Kind = kind;
            Remaining = count;
            RetryAfterSeconds = retryAfterSeconds;
            Operation = operation;
        }

        public FaultKind Kind { get; }
        public int RetryAfterSeconds { get; }

        /// <summary>"METHOD /template" the rule applies to, or null for every operation (the token endpoint included).</summary>
        public string? Operation { get; }

        internal int Remaining;

        public bool Applies(string operation) =>
            Operation == null || string.Equals(Operation, operation, StringComparison.OrdinalIgnoreCase);
    }
}
