using System;
using System.Globalization;

namespace EnodePS.Emulator.Faults
{
    /// <summary>Every k-th matching request gets the fault (the k-th, 2k-th, ...): a fixed, reproducible fraction.</summary>
    public sealed class PeriodicFault : ArmedFault
    {
        private long _seen;

        public PeriodicFault(FaultKind kind, int every, int retryAfterSeconds, string? operation)
            : base(operation)
        {
            if (every < 1) throw new ArgumentOutOfRangeException(nameof(every), every, "every must be at least 1.");
            Kind = kind;
            Every = every;
            RetryAfterSeconds = retryAfterSeconds;
        }

        public FaultKind Kind { get; }
        public int Every { get; }
        public int RetryAfterSeconds { get; }

        public override string Mode => "every";
        public override string Description => Every == 1
            ? $"{Scope} answers {Answer(Kind)}"
            : $"every {Every.ToString(CultureInfo.InvariantCulture)}th of {Scope} answers {Answer(Kind)}";

        internal override InjectedFault? Take(DateTimeOffset now) =>
            ++_seen % Every == 0 ? new InjectedFault(Kind, RetryAfterSeconds) : null;

        internal override bool IsSpent(DateTimeOffset now) => false;
    }
}
