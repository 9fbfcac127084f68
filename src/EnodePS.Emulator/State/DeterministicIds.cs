using System;

namespace EnodePS.Emulator.State
{
    /// <summary>Version-4-shaped UUIDs drawn from a seeded generator, so that a seed always yields the same ids.</summary>
    public sealed class DeterministicIds
    {
        private readonly Random _random;

        public DeterministicIds(Random random) { _random = random; }

        public string Next()
        {
            var bytes = new byte[16];
            _random.NextBytes(bytes);
            bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
            bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
            return new Guid(bytes).ToString("D");
        }
    }
}
