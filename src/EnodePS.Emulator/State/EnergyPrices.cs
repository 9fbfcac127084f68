using System;

namespace EnodePS.Emulator.State
{
    /// <summary>
    /// A deterministic day-ahead-like price curve (per kWh, in <see cref="Currency"/>), dear in the morning and
    /// evening peaks and cheap at night, with a fixed per-hour wobble. Smart charging plans and charging statistics
    /// both price energy with it, so their numbers agree.
    /// </summary>
    public static class EnergyPrices
    {
        public const string Currency = "EUR";

        public static double At(DateTimeOffset instant)
        {
            var utc = instant.UtcDateTime;
            var hour = utc.Hour;
            var peak = hour >= 6 && hour < 9 ? 0.12 : hour >= 16 && hour < 20 ? 0.16 : hour >= 0 && hour < 5 ? -0.05 : 0.0;
            var hourNumber = (long)Math.Floor((utc - DateTime.MinValue).TotalHours);
            var wobble = (StableHash.OfParts("price", hourNumber) % 1000) / 1000.0 * 0.04 - 0.02;
            return Math.Round(0.20 + peak + wobble, 4);
        }
    }
}
