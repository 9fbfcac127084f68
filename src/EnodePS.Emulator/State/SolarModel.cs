using System;

namespace EnodePS.Emulator.State
{
    /// <summary>
    /// Deterministic solar production: a clear-sky curve from the site's latitude, longitude and the date, scaled by the
    /// inverter's size and by a daily weather factor. Every answer about an inverter (production state, statistics,
    /// HEM totals) comes from here, so they agree with each other.
    /// </summary>
    public static class SolarModel
    {
        /// <summary>The installation's peak power in kW, from the inverter id.</summary>
        public static double PeakKw(string inverterId) => Math.Round(StableHash.Between("peak|" + inverterId, 3.5, 12.0), 1);

        /// <summary>Production in kW at an instant.</summary>
        public static double PowerKw(string inverterId, Site site, DateTimeOffset instant)
        {
            var utc = instant.UtcDateTime;
            var solarHour = utc.TimeOfDay.TotalHours + site.Longitude / 15.0;
            var day = utc.Date;
            if (solarHour >= 24) { solarHour -= 24; day = day.AddDays(1); }
            else if (solarHour < 0) { solarHour += 24; day = day.AddDays(-1); }

            var declination = 23.44 * Math.Sin(2 * Math.PI * (284 + day.DayOfYear) / 365.0) * Math.PI / 180;
            var latitude = site.Latitude * Math.PI / 180;
            var cosHourAngle = Math.Max(-1, Math.Min(1, -Math.Tan(latitude) * Math.Tan(declination)));
            var dayLength = 2 * Math.Acos(cosHourAngle) * 180 / Math.PI / 15.0;
            var sunrise = 12 - dayLength / 2;
            if (dayLength <= 0 || solarHour <= sunrise || solarHour >= sunrise + dayLength) return 0;

            var noonElevation = Math.Max(0.05, Math.Sin(Math.PI / 2 - latitude + declination));
            var curve = Math.Sin(Math.PI * (solarHour - sunrise) / dayLength);
            var weather = StableHash.Between("weather|" + site.City + "|" + day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), 0.25, 1.0);
            var flicker = StableHash.Between("cloud|" + inverterId + "|" + utc.Ticks / TimeSpan.TicksPerMinute / 5, 0.85, 1.0);
            return PeakKw(inverterId) * 0.85 * curve * curve * noonElevation * weather * flicker;
        }

        /// <summary>Energy in kWh produced over [start, start + length), from the power at the middle of the span.</summary>
        public static double EnergyKwh(string inverterId, Site site, DateTimeOffset start, TimeSpan length) =>
            PowerKw(inverterId, site, start + TimeSpan.FromTicks(length.Ticks / 2)) * length.TotalHours;

        /// <summary>Everything the inverter has produced since installation, in kWh (an estimate from its size and age).</summary>
        public static double LifetimeKwh(string inverterId, DateTimeOffset installedAt, DateTimeOffset now) =>
            Math.Round(Math.Max(0, (now - installedAt).TotalDays) * PeakKw(inverterId) * 2.6, 1);
    }
}
