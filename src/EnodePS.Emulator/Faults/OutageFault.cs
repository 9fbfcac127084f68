using System;

namespace EnodePS.Emulator.Faults
{
    /// <summary>
    /// Every matching request answers 503 until the emulator's clock reaches the end of the outage; Retry-After says
    /// how many seconds are left.
    /// </summary>
    public sealed class OutageFault : ArmedFault
    {
        public OutageFault(DateTimeOffset endsAt, string? operation) : base(operation) { EndsAt = endsAt; }

        public DateTimeOffset EndsAt { get; }

        public override string Mode => "outage";
        public override string Description => $"{Scope} answers 503 until {EndsAt:O}";

        internal override InjectedFault? Take(DateTimeOffset now) =>
            now < EndsAt ? new InjectedFault(FaultKind.ServiceUnavailable, RateLimit.SecondsUntil(now, EndsAt)) : null;

        internal override bool IsSpent(DateTimeOffset now) => now >= EndsAt;
    }
}
