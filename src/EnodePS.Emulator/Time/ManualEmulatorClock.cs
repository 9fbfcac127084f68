using System;

namespace EnodePS.Emulator.Time
{
    /// <summary>A clock that only moves when told to.</summary>
    public sealed class ManualEmulatorClock : IEmulatorClock
    {
        private readonly object _gate = new object();
        private DateTimeOffset _now;

        public ManualEmulatorClock(DateTimeOffset start) { _now = start; }

        public DateTimeOffset UtcNow { get { lock (_gate) return _now; } }

        /// <summary>
        /// Raised on the advancing thread after every <see cref="Advance"/>, with the new time. An
        /// <see cref="EmulatorScheduler"/> listens here, so that work that fell due has run when Advance returns.
        /// </summary>
        public event Action<DateTimeOffset>? Advanced;

        public void Advance(TimeSpan by)
        {
            DateTimeOffset now;
            lock (_gate) now = _now = _now.Add(by);
            Advanced?.Invoke(now);
        }
    }
}
