using System;
using System.Globalization;
using System.Text.RegularExpressions;
using EnodePS.Emulator.Routing;
using EnodePS.Emulator.State;

namespace EnodePS.Emulator.Handlers
{
    public static class HemSystemHandlers
    {
        private static readonly Regex IntervalPattern = new Regex(@"^(?<year>\d{4})-(?<month>\d{2})(-(?<day>\d{2}))?\z", RegexOptions.CultureInvariant);

        public static void Register(Router router)
        {
            DeviceRoutes.MapReads(router, "hem-systems", "hemSystemId", s => s.HemSystems, "HEM system");
            router.Map("GET", "/hem-systems/{hemSystemId}/statistics", Statistics);
        }

        /// <summary>
        /// GET /hem-systems/{hemSystemId}/statistics?interval=YYYY-MM-DD|YYYY-MM. 400 for a malformed or future
        /// interval, 422 before the installation date, 503 while the vendor has an outage.
        /// </summary>
        private static EmulatorResponse Statistics(RouteContext c)
        {
            var interval = c.Query("interval");
            if (string.IsNullOrEmpty(interval)) return BadRequest("interval", "is required (YYYY-MM-DD for a day, YYYY-MM for a month)");
            var match = IntervalPattern.Match(interval);
            if (!match.Success || !TryDate(match, out var first, out var isDay))
                return BadRequest("interval", $"must be a date as YYYY-MM-DD or a month as YYYY-MM, not \"{interval}\"");

            lock (c.State.Gate)
            {
                var record = c.State.HemSystems.Find(c.Route("hemSystemId"));
                if (record == null) return Problems.NotFound("The specified HEM system was not found.");

                var now = c.State.Clock.UtcNow;
                var setup = HomeEnergySetup.For(c.State, record);
                var today = EuropeanTimeZones.ToLocal(setup.Site.TimeZone, now).Date;
                if (first > today) return BadRequest("interval", $"must not be in the future (today is {today:yyyy-MM-dd} in {setup.Site.TimeZone})");
                var last = isDay ? first : first.AddMonths(1).AddDays(-1);
                var installed = HemSystemStatistics.InstallationDay(record);
                if (last < installed)
                    return Problems.Create(422, "hem-system-statistics-not-available", "HEM System Statistics Not Available",
                        $"The HEM system was installed on {installed:yyyy-MM-dd}; there are no statistics before that date.");

                var vendor = (string)record.Body["information"]!["vendor"]!;
                if (c.State.Health.StatusOf(vendor).Status == ServiceHealth.Outage)
                {
                    var unavailable = Problems.Create(503, "vendor-temporarily-unavailable", "Vendor Temporarily Unavailable",
                        $"{VendorCatalog.DisplayName(vendor)} is not answering. Retry later.");
                    unavailable.Headers["Retry-After"] = "60";
                    return unavailable;
                }

                return EmulatorResponse.Json(200, isDay
                    ? HemSystemStatistics.BuildDay(record, setup, first, now)
                    : HemSystemStatistics.BuildMonth(record, setup, first.Year, first.Month, now));
            }
        }

        private static bool TryDate(Match match, out DateTime first, out bool isDay)
        {
            isDay = match.Groups["day"].Success;
            var text = match.Groups["year"].Value + "-" + match.Groups["month"].Value + "-" + (isDay ? match.Groups["day"].Value : "01");
            return DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out first);
        }

        // This endpoint's 400 is titled "Bad Request" in the reference.
        private static EmulatorResponse BadRequest(string field, string message) =>
            Problems.Create(400, "bad-request", "Bad Request", $"\"{field}\" {message}", new[] { Problems.Issue(field, message) });
    }
}
