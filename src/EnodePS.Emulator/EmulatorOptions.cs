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
        public int ChargerCount { get; set; } = 4;
        public int HvacCount { get; set; } = 4;
        public int InverterCount { get; set; } = 4;
        public int BatteryCount { get; set; } = 3;
        public int MeterCount { get; set; } = 3;

        /// <summary>HEM systems, one per user in turn; each groups that user's inverters, batteries and meters of its vendor.</summary>
        public int HemSystemCount { get; set; } = 3;

        public string ClientId { get; set; } = "emulator-client";

        private string _clientSecret = Guid.NewGuid().ToString("N");

        /// <summary>
        /// The secret the token endpoint accepts, random per emulator unless set with <see cref="SetClientSecret"/>: a
        /// read-only SecureString (a fresh copy each time), so that it shows in no view, ConvertTo-Json or transcript.
        /// </summary>
        public System.Security.SecureString ClientSecret
        {
            get
            {
                var secure = new System.Security.SecureString();
                foreach (var c in _clientSecret) secure.AppendChar(c);
                secure.MakeReadOnly();
                return secure;
            }
        }

        /// <summary>The secret as text, for .NET callers that build the Basic credential themselves (tests, the console host).</summary>
        public string RevealClientSecret() => _clientSecret;

        public void SetClientSecret(string secret)
        {
            if (string.IsNullOrEmpty(secret)) throw new ArgumentException("The client secret must not be empty.", nameof(secret));
            _clientSecret = secret;
        }

        /// <summary>
        /// How many vendor links (a user's vendor and vendor type) the client may hold; null for no limit. Read at each
        /// link request, so a test can lower it on a running emulator to meet "Connections limit reached".
        /// </summary>
        public int? ConnectionLimit { get; set; }

        public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

        public IEmulatorClock Clock { get; set; } = SystemEmulatorClock.Instance;

        /// <summary>How long a reachable device takes to carry out a control action (PENDING to CONFIRMED).</summary>
        public TimeSpan ActionDelay { get; set; } = TimeSpan.FromSeconds(3);

        /// <summary>How long an action stays PENDING on a device that does not respond before it FAILS (the API's 30 minutes).</summary>
        public TimeSpan ActionTimeout { get; set; } = TimeSpan.FromMinutes(30);

        /// <summary>The moment the seeded data was "linked": fixed so that generated timestamps are deterministic.</summary>
        public DateTimeOffset SeedEpoch { get; set; } = new DateTimeOffset(2024, 10, 1, 8, 0, 0, TimeSpan.Zero);

        /// <summary>
        /// Waits between the attempts to deliver one batch of webhook events: one retry per entry. When the last
        /// retry fails too, the webhook becomes inactive. Tests shorten these to milliseconds.
        /// </summary>
        public TimeSpan[] WebhookRetryDelays { get; set; } =
            { TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(30) };

        /// <summary>How long a webhook receiver has to answer one delivery.</summary>
        public TimeSpan WebhookTimeout { get; set; } = TimeSpan.FromSeconds(10);

        /// <summary>
        /// How often system:heartbeat goes to every active webhook, by the emulator's clock (the first one this long
        /// after the first webhook is registered). Zero or less: no heartbeat.
        /// </summary>
        public TimeSpan WebhookHeartbeatInterval { get; set; } = TimeSpan.FromMinutes(5);

        /// <summary>
        /// Whether the seeded data gets the demo scenarios on top of what the seed generates, so that every feature can
        /// succeed (State/DemoScenarios.cs): set by <see cref="Demo"/>, which Connect-Enode -Environment Emulator,
        /// Start-EnodeEmulator and the console host use. Off by default, so that tests start from generated data alone.
        /// </summary>
        public bool DemoScenarios { get; set; }

        /// <summary>Demo data: a few users and their devices, fit for trying cmdlets by hand and for the help examples.</summary>
        public static EmulatorOptions Demo() => new EmulatorOptions { DemoScenarios = true };
    }
}
