using System;
using System.Threading;

namespace EnodePS.Client
{
    /// <summary>Running totals of the retries one client made, for reports and tests.</summary>
    public sealed class RetryStatistics
    {
        private long _retries;
        private long _waitedTicks;

        public long Retries => Interlocked.Read(ref _retries);
        public TimeSpan TimeWaited => TimeSpan.FromTicks(Interlocked.Read(ref _waitedTicks));

        internal void Record(TimeSpan delay)
        {
            Interlocked.Increment(ref _retries);
            Interlocked.Add(ref _waitedTicks, delay.Ticks);
        }
    }
}
