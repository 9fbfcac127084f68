using System;

namespace EnodePS.Client.Tests.Support
{
    /// <summary>Moves "now" forward only when told; timers still run on real time.</summary>
    internal sealed class ManualTimeProvider : TimeProvider
    {
        private DateTimeOffset _now = DateTimeOffset.UtcNow;
        public override DateTimeOffset GetUtcNow() => _now;
        public void Advance(TimeSpan by) => _now += by;
    }
}
