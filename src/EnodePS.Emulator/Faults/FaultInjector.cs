using System;
using System.Collections.Generic;
using System.Threading;

namespace EnodePS.Emulator.Faults
{
    /// <summary>
    /// Switches for making the emulator misbehave on purpose, so tests can prove the client loses nothing.
    /// Thread-safe; each armed fault fires for a fixed number of requests and then disarms itself.
    /// </summary>
    public sealed class FaultInjector
    {
        private readonly object _gate = new object();
        private readonly List<FaultRule> _rules = new List<FaultRule>();
        private long _latencyTicks;

        /// <summary>Delay added before every answer.</summary>
        public TimeSpan Latency
        {
            get => TimeSpan.FromTicks(Interlocked.Read(ref _latencyTicks));
            set => Interlocked.Exchange(ref _latencyTicks, value.Ticks);
        }

        /// <summary>The next <paramref name="count"/> matching requests get <paramref name="kind"/> instead of an answer.</summary>
        /// <param name="operation">"METHOD /template", e.g. "GET /vehicles"; null for any request.</param>
        public void FailNext(FaultKind kind, int count, int retryAfterSeconds = 1, string? operation = null)
        {
            if (count < 1) throw new ArgumentOutOfRangeException(nameof(count), count, "count must be at least 1.");
            lock (_gate) _rules.Add(new FaultRule(kind, count, retryAfterSeconds, operation));
        }

        /// <summary>Shots still armed, over all rules: 0 once every injected fault has fired.</summary>
        public int Pending
        {
            get
            {
                lock (_gate)
                {
                    var total = 0;
                    foreach (var rule in _rules) total += rule.Remaining;
                    return total;
                }
            }
        }

        public void Clear()
        {
            lock (_gate) _rules.Clear();
            Latency = TimeSpan.Zero;
        }

        /// <summary>Takes one shot of the first armed rule for this operation, if any.</summary>
        public FaultRule? Take(string operation)
        {
            lock (_gate)
            {
                for (var i = 0; i < _rules.Count; i++)
                {
                    var rule = _rules[i];
                    if (!rule.Applies(operation)) continue;
                    if (--rule.Remaining <= 0) _rules.RemoveAt(i);
                    return rule;
                }
                return null;
            }
        }
    }
}
