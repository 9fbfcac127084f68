using System;
using System.Collections.Generic;
using System.Linq;

namespace EnodePS.Client.Facts
{
    /// <summary>
    /// IANA time zone names (what the API's timezoneName takes), from the machine's own time zone database: on Linux
    /// and macOS its ids are IANA names; on Windows, .NET 8 converts its Windows ids. Windows PowerShell 5.1 (.NET
    /// Framework) can not convert, so there a list of common zones stands in.
    /// </summary>
    public static class TimeZoneNames
    {
        private static readonly Lazy<IReadOnlyList<string>> Names = new Lazy<IReadOnlyList<string>>(Load);

        public static IReadOnlyList<string> All => Names.Value;

        private static IReadOnlyList<string> Load()
        {
            var names = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var zone in TimeZoneInfo.GetSystemTimeZones())
            {
                if (IsIana(zone.Id)) names.Add(zone.Id);
#if NET
                else if (TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var iana) && IsIana(iana)) names.Add(iana!);
#endif
            }
            if (names.Count == 0) foreach (var common in Common) names.Add(common);
            names.Add("UTC");
            return names.ToList();
        }

        private static bool IsIana(string? id) => id != null && id.IndexOf('/') > 0 && id.IndexOf(' ') < 0;

        private static readonly string[] Common =
        {
            "Africa/Johannesburg", "America/Chicago", "America/Denver", "America/Los_Angeles", "America/New_York",
            "America/Sao_Paulo", "America/Toronto", "Asia/Dubai", "Asia/Kolkata", "Asia/Shanghai", "Asia/Singapore",
            "Asia/Tokyo", "Australia/Sydney", "Europe/Amsterdam", "Europe/Berlin", "Europe/Brussels", "Europe/Copenhagen",
            "Europe/Dublin", "Europe/Helsinki", "Europe/Lisbon", "Europe/London", "Europe/Madrid", "Europe/Oslo",
            "Europe/Paris", "Europe/Riga", "Europe/Rome", "Europe/Stockholm", "Europe/Vilnius", "Europe/Warsaw",
            "Europe/Zurich", "Pacific/Auckland",
        };
    }
}
