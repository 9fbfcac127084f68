using System;
using System.Collections.Generic;
using System.Threading;
using EnodePS.Emulator.Time;

namespace EnodePS.Emulator.Faults
{
    /// <summary>
    /// Switches for making the emulator misbehave on purpose, so tests can prove the client loses nothing. Each switch
    /// applies to one operation ("METHOD /template", e.g. "GET /vehicles") or, with a null operation, to every request
    /// (the token endpoint included; the emulator's own /_emulator routes never). Every switch is deterministic: bursts
    /// count requests, fractions are "every k-th" or a seeded generator, windows follow the emulator's clock.
    /// Thread-safe.
    /// </summary>
    /// <remarks>
    /// Rules are consulted in the order they were armed; the first that fires decides the request's fate, and rules
    /// after it do not see that request. Latency is added before any rule is consulted.
    /// </remarks>
    public sealed class FaultInjector
    {
        private readonly object _gate = new object();
        private readonly List<ArmedFault> _rules = new List<ArmedFault>();
        private readonly Dictionary<string, TimeSpan> _routeLatency = new Dictionary<string, TimeSpan>(StringComparer.OrdinalIgnoreCase);
        private readonly IEmulatorClock _clock;
        private long _latencyTicks;

        public FaultInjector() : this(SystemEmulatorClock.Instance) { }

        /// <param name="clock">Measures rate-limit windows and outages, so that tests advance time instead of sleeping.</param>
        public FaultInjector(IEmulatorClock clock) { _clock = clock ?? throw new ArgumentNullException(nameof(clock)); }

        /// <summary>Delay added before every answer (real time: it slows the socket, not the emulator's clock).</summary>
        public TimeSpan Latency
        {
            get => TimeSpan.FromTicks(Interlocked.Read(ref _latencyTicks));
            set => Interlocked.Exchange(ref _latencyTicks, NotNegative(value, nameof(Latency)).Ticks);
        }

        /// <summary>Delay added to the answers of one operation, on top of <see cref="Latency"/>; zero removes it.</summary>
        public void SetLatency(string operation, TimeSpan latency)
        {
            RequireOperation(operation);
            NotNegative(latency, nameof(latency));
            lock (_gate)
            {
                if (latency == TimeSpan.Zero) _routeLatency.Remove(operation);
                else _routeLatency[operation] = latency;
            }
        }

        /// <summary>The per-operation latencies set with <see cref="SetLatency"/>.</summary>
        public IReadOnlyDictionary<string, TimeSpan> RouteLatencies
        {
            get { lock (_gate) return new Dictionary<string, TimeSpan>(_routeLatency, StringComparer.OrdinalIgnoreCase); }
        }

        /// <summary>The delay a request to <paramref name="operation"/> gets (null: a request no route matched).</summary>
        public TimeSpan LatencyFor(string? operation)
        {
            var total = Latency;
            if (operation == null) return total;
            lock (_gate) return _routeLatency.TryGetValue(operation, out var extra) ? total + extra : total;
        }

        /// <summary>A burst: the next <paramref name="count"/> matching requests get <paramref name="kind"/> instead of an answer.</summary>
        /// <param name="operation">"METHOD /template", e.g. "GET /vehicles"; null for any request.</param>
        public void FailNext(FaultKind kind, int count, int retryAfterSeconds = 1, string? operation = null)
        {
            if (count < 1) throw new ArgumentOutOfRangeException(nameof(count), count, "count must be at least 1.");
            Arm(new FaultRule(kind, count, retryAfterSeconds, operation));
        }

        /// <summary>Every <paramref name="every"/>-th matching request (the k-th, 2k-th, ...) gets <paramref name="kind"/>, until cleared.</summary>
        public PeriodicFault FailEvery(FaultKind kind, int every, string? operation = null, int retryAfterSeconds = 1) =>
            Arm(new PeriodicFault(kind, every, retryAfterSeconds, operation));

        /// <summary>
        /// Each matching request gets <paramref name="kind"/> with probability <paramref name="fraction"/>, drawn from a
        /// generator seeded with <paramref name="seed"/>: the same requests in the same order are faulted every run.
        /// </summary>
        public SeededRandomFault FailRandomly(FaultKind kind, double fraction, int seed, string? operation = null, int retryAfterSeconds = 1) =>
            Arm(new SeededRandomFault(kind, fraction, seed, retryAfterSeconds, operation));

        /// <summary>Every matching request answers 503 (Retry-After: the seconds left) for <paramref name="duration"/> of emulator time.</summary>
        public OutageFault Outage(TimeSpan duration, string? operation = null)
        {
            if (duration <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(duration), duration, "duration must be longer than zero.");
            return Arm(new OutageFault(_clock.UtcNow + duration, operation));
        }

        /// <summary>At most <paramref name="limit"/> matching requests per <paramref name="window"/> of emulator time; the rest answer 429.</summary>
        public RateLimit RateLimit(int limit, TimeSpan window, string? operation = null) =>
            Arm(new RateLimit(limit, window, operation));

        /// <summary>Shots still armed in bursts (<see cref="FailNext"/>): 0 once every burst has fired.</summary>
        public int Pending
        {
            get
            {
                lock (_gate)
                {
                    var total = 0;
                    foreach (var rule in _rules)
                        if (rule is FaultRule burst) total += burst.Remaining;
                    return total;
                }
            }
        }

        /// <summary>The rules still armed, in the order they are consulted.</summary>
        public IReadOnlyList<ArmedFault> Armed
        {
            get
            {
                lock (_gate)
                {
                    DropSpent(_clock.UtcNow);
                    return _rules.ToArray();
                }
            }
        }

        /// <summary>Disarms every rule and removes all latency.</summary>
        public void Clear()
        {
            lock (_gate)
            {
                _rules.Clear();
                _routeLatency.Clear();
            }
            Latency = TimeSpan.Zero;
        }

        /// <summary>Decides the fate of one request to <paramref name="operation"/>: null lets it through untouched.</summary>
        public InjectedFault? Take(string operation)
        {
            var now = _clock.UtcNow;
            lock (_gate)
            {
                InjectedFault? fault = null;
                foreach (var rule in _rules)
                {
                    if (!rule.Applies(operation)) continue;
                    fault = rule.Take(now);
                    if (fault != null) break;
                }
                DropSpent(now);
                return fault;
            }
        }

        private T Arm<T>(T rule) where T : ArmedFault
        {
            if (rule.Operation != null) RequireOperation(rule.Operation);
            lock (_gate) _rules.Add(rule);
            return rule;
        }

        private void DropSpent(DateTimeOffset now) => _rules.RemoveAll(r => r.IsSpent(now));

        /// <summary>An operation is "METHOD /template": a method, one space, a path.</summary>
        private static void RequireOperation(string operation)
        {
            var space = operation?.IndexOf(' ') ?? -1;
            if (space <= 0 || space + 1 >= operation!.Length || operation[space + 1] != '/')
                throw new ArgumentException($"'{operation}' is not an operation: write \"METHOD /template\", e.g. \"GET /vehicles/{{vehicleId}}\".", nameof(operation));
        }

        private static TimeSpan NotNegative(TimeSpan value, string name) =>
            value < TimeSpan.Zero ? throw new ArgumentOutOfRangeException(name, value, "A latency cannot be negative.") : value;
    }
}
