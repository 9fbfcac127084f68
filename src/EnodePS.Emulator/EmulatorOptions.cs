using System;
using EnodePS.Emulator.Time;

namespace EnodePS.Emulator
{
    /// <summary>How an emulator is seeded and how it behaves. Every default gives a small, realistic demo data set.</summary>
    public sealed class EmulatorOptions
    {
        /// <summary>Seed for the deterministic data generator: the same seed gives the same ids and values.</summary>
        public int Seed { get; set; } = 42;

        public int UserCount { get; set; } = 3;
        public int VehicleCount { get; set; } = 6;

        public string ClientId { get; set; } = "emulator-client";

        /// <summary>The secret the token endpoint accepts. Random per emulator unless set.</summary>
        public string ClientSecret { get; set; } = Guid.NewGuid().ToString("N");

        /// <summary>
        /// How many vendor links (a user's vendor and vendor type) the client may hold; null for no limit. Read at each
        /// link request, so a test can lower it on a running emulator to meet "Connections limit reached".
        /// </summary>
        public int? ConnectionLimit { get; set; }

        public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

        public IEmulatorClock Clock { get; set; } = SystemEmulatorClock.Instance;

        /// <summary>The moment the seeded data was "linked": fixed so that generated timestamps are deterministic.</summary>
        public DateTimeOffset SeedEpoch { get; set; } = new DateTimeOffset(2024, 10, 1, 8, 0, 0, TimeSpan.Zero);

        /// <summary>Demo data: a few users and vehicles, fit for trying cmdlets by hand.</summary>
        public static EmulatorOptions Demo() => new EmulatorOptions();
    }
}
