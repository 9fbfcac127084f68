using System.Globalization;
using System.Text.RegularExpressions;

namespace EnodePS.Client.Validation
{
    /// <summary>Clock times as the API writes them: "HH:mm", from 00:00 to 23:59.</summary>
    public static class ClockTime
    {
        private static readonly Regex Shape = new Regex(@"\A\s*([01]?[0-9]|2[0-3]):([0-5][0-9])\s*\z");

        /// <summary>The time as "HH:mm"; "7:30" gives "07:30".</summary>
        public static string Check(string time, string parameterName)
        {
            var match = time == null ? null : Shape.Match(time);
            if (match == null || !match.Success)
                throw new EnodeValidationException(parameterName, time, "a clock time HH:mm from 00:00 to 23:59, e.g. 22:00.");
            return int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture).ToString("00", CultureInfo.InvariantCulture) + ":" + match.Groups[2].Value;
        }
    }
}
