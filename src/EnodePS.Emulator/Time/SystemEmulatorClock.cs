using System;

namespace EnodePS.Emulator.Time
{
    public sealed class SystemEmulatorClock : IEmulatorClock
    {
        public static readonly SystemEmulatorClock Instance = new SystemEmulatorClock();
        public DateTimeOffset UtcNow => DateTimeOffset.UtcNow;
    }
}
