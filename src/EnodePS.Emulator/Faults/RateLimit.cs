using System;
using System.Globalization;

namespace EnodePS.Emulator.Faults
{
    /// <summary>
    /// A fixed-window rate limit by the emulator's clock: the first <c>limit</c> matching requests of a window pass,
    /// the rest answer 429 with Retry-After set to the seconds left in the window. A window starts with the first
    /// request after the previous one ended.
    /// </summary>
    public sealed class RateLimit : ArmedFault
    {
        private DateTimeOffset? _windowEnds;
        private int _used;

        public RateLimit(int limit, TimeSpan window, string? operation) : base(operation)
        {
            if (limit < 1) throw new ArgumentOutOfRangeException(nameof(limit), limit, "limit must be at least 1.");
            if (window <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(window), window, "window must be longer than zero.");
            Limit = limit;
            Window = window;
        }

        public int Limit { get; }
        public TimeSpan Window { get; }

        public override string Mode => "rateLimit";
        public override string Description =>
            $"{Limit.ToString(CultureInfo.InvariantCulture)} of {Scope} per {Window.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s, then 429";

        internal override InjectedFault? Take(DateTimeOffset now)
        {
            if (_windowEnds == null || now >= _windowEnds.Value)
            {
                _windowEnds = now + Window;
                _used = 0;
            }
            if (_used < Limit)
            {
                _used++;
                return null;
            }
            return new InjectedFault(FaultKind.TooManyRequests, SecondsUntil(now, _windowEnds.Value));
        }

        internal override bool IsSpent(DateTimeOffset now) => false;

        /// <summary>Whole seconds from now until then, rounded up, at least 1: what a Retry-After header carries.</summary>
        internal static int SecondsUntil(DateTimeOffset now, DateTimeOffset then) =>
            (int)Math.Max(1, Math.Ceiling((then - now).TotalSeconds));
    }
}
