using System;

namespace EnodePS.Emulator.Time
{
    /// <summary>The emulator's source of "now": tests swap in a <see cref="ManualEmulatorClock"/> and advance it instead of sleeping.</summary>
    public interface IEmulatorClock
    {
        DateTimeOffset UtcNow { get; }
    }
}
