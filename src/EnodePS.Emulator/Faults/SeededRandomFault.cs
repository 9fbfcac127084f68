using System;
using System.Globalization;

namespace EnodePS.Emulator.Faults
{
    /// <summary>
    /// Each matching request gets the fault with a fixed probability, drawn from a generator with a fixed seed: the
    /// same seed and the same order of requests give the same requests faulted, run after run.
    /// </summary>
    public sealed class SeededRandomFault : ArmedFault
    {
        private readonly Random _random;

        public SeededRandomFault(FaultKind kind, double fraction, int seed, int retryAfterSeconds, string? operation)
            : base(operation)
        {
            if (!(fraction > 0 && fraction <= 1))
                throw new ArgumentOutOfRangeException(nameof(fraction), fraction, "fraction must be more than 0 and at most 1.");
            Kind = kind;
            Fraction = fraction;
            Seed = seed;
            RetryAfterSeconds = retryAfterSeconds;
            _random = new Random(seed);
        }

        public FaultKind Kind { get; }
        public double Fraction { get; }
        public int Seed { get; }
        public int RetryAfterSeconds { get; }

        public override string Mode => "random";
        public override string Description =>
            $"{(Fraction * 100).ToString("0.##", CultureInfo.InvariantCulture)}% of {Scope} answer {Answer(Kind)} (seed {Seed.ToString(CultureInfo.InvariantCulture)})";

        internal override InjectedFault? Take(DateTimeOffset now) =>
            _random.NextDouble() < Fraction ? new InjectedFault(Kind, RetryAfterSeconds) : null;

        internal override bool IsSpent(DateTimeOffset now) => false;
    }
}
