using System;

namespace EnodePS.Client.Models
{
    /// <summary>An inclusive range; either end is null when unknown.</summary>
    public sealed class NumberRange
    {
        public double? Min { get; set; }
        public double? Max { get; set; }

        public override string ToString() => FormattableString.Invariant($"{Min}..{Max}");
    }
}
