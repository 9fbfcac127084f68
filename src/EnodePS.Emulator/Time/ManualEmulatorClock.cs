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

        public void Advance(TimeSpan by) { lock (_gate) _now = _now.Add(by); }
    }
}
