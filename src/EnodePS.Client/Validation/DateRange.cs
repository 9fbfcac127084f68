using System;

namespace EnodePS.Client
{
    /// <summary>Checks ranges of calendar dates given to statistics requests.</summary>
    public static class DateRange
    {
        /// <summary>True when the range does not end before it starts (times of day are ignored).</summary>
        public static bool IsOrdered(DateTime from, DateTime to) => to.Date >= from.Date;

        /// <summary>Throws an ArgumentException naming <paramref name="toName"/> when the range ends before it starts.</summary>
        public static void Validate(DateTime from, DateTime to, string fromName = "from", string toName = "to")
        {
            if (!IsOrdered(from, to))
                throw new ArgumentException(
                    $"The {toName} date ({to:yyyy-MM-dd}) is before the {fromName} date ({from:yyyy-MM-dd}). Allowed values: {from:yyyy-MM-dd} or later.", toName);
        }
    }
}
