using System;

namespace EnodePS.Emulator.Faults
{
    /// <summary>A burst: the next <c>count</c> matching requests get the fault, then the rule disarms itself.</summary>
    public sealed class FaultRule : ArmedFault
    {
        public FaultRule(FaultKind kind, int count, int retryAfterSeconds, string? operation)
            : base(operation)
        {
            Kind = kind;
            Remaining = count;
            RetryAfterSeconds = retryAfterSeconds;
        }

        public FaultKind Kind { get; }
        public int RetryAfterSeconds { get; }

        internal int Remaining;

        public override string Mode => "next";
        public override string Description => $"the next {Remaining} of {Scope} answer {Answer(Kind)}";

        internal override InjectedFault? Take(DateTimeOffset now)
        {
            if (Remaining <= 0) return null;
            Remaining--;
            return new InjectedFault(Kind, RetryAfterSeconds);
        }

        internal override bool IsSpent(DateTimeOffset now) => Remaining <= 0;
    }
}
