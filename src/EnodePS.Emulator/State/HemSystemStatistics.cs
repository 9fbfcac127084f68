using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace EnodePS.Emulator.State
{
    /// <summary>
    /// Time-bucketed metrics of a HEM system for a DAY interval (the vendor's finest resolution, average kW) or a MONTH
    /// interval (daily kWh), in the system's local time. Month days are the energy sums of the same buckets a day
    /// query returns, so both agree. A flow the system has no device for is reported unavailable with a reason.
    /// </summary>
    public static class HemSystemStatistics
    {
        private static readonly string[] Flows = { "generation", "consumption", "import", "export", "charge", "discharge" };

        public static JsonObject BuildDay(Record hemSystem, HomeEnergySetup setup, DateTime date, DateTimeOffset now)
        {
            var vendor = (string)hemSystem.Body["information"]!["vendor"]!;
            var resolution = HemSystemFactory.NativeResolution(vendor);
            var installed = InstallationDay(hemSystem);
            var buckets = HomeEnergyModel.SimulateDay(setup, date, resolution);
            var zone = setup.Site.TimeZone;
            bool Known(HomeEnergyBucket b) => date >= installed && b.Start + b.Length <= now;

            var timeseries = new JsonObject();
            foreach (var flow in Flows)
            {
                var reason = Unavailable(flow, setup);
                timeseries[flow] = reason != null ? NotAvailable(reason) : Series("kW", "Power", Iso8601(resolution), zone,
                    buckets.Select(b => (b.Start, Known(b) ? Math.Round(Flow(b, flow), 3) : (double?)null)));
            }
            var batteryReason = Unavailable("batteryLevel", setup);
            timeseries["batteryLevel"] = batteryReason != null ? NotAvailable(batteryReason) : Series("%", "SoC", Iso8601(resolution), zone,
                buckets.Select(b => (b.Start, Known(b) && b.BatteryLevel.HasValue ? Math.Round(b.BatteryLevel.Value, 1) : (double?)null)));
            return new JsonObject { ["timeseries"] = timeseries };
        }

        public static JsonObject BuildMonth(Record hemSystem, HomeEnergySetup setup, int year, int month, DateTimeOffset now)
        {
            var vendor = (string)hemSystem.Body["information"]!["vendor"]!;
            var resolution = HemSystemFactory.NativeResolution(vendor);
            var installed = InstallationDay(hemSystem);
            var zone = setup.Site.TimeZone;
            var days = new List<(DateTimeOffset Start, List<HomeEnergyBucket>? Buckets)>();
            for (var date = new DateTime(year, month, 1); date.Month == month; date = date.AddDays(1))
            {
                var start = EuropeanTimeZones.StartOfDay(zone, date);
                var known = date >= installed && start < now;
                days.Add((start, known ? HomeEnergyModel.SimulateDay(setup, date, resolution).Where(b => b.Start + b.Length <= now).ToList() : null));
            }

            var timeseries = new JsonObject();
            foreach (var flow in Flows)
            {
                var reason = Unavailable(flow, setup);
                timeseries[flow] = reason != null ? NotAvailable(reason) : Series("kWh", "Energy", "P1D", zone,
                    days.Select(d => (d.Start, d.Buckets == null ? (double?)null : Math.Round(d.Buckets.Sum(b => Flow(b, flow) * b.Length.TotalHours), 3))));
            }
            timeseries["batteryLevel"] = NotAvailable("Battery level is only available for DAY intervals.");
            return new JsonObject { ["timeseries"] = timeseries };
        }

        /// <summary>The local date the system was installed; no statistics exist before it.</summary>
        public static DateTime InstallationDay(Record hemSystem)
        {
            var installed = TimeText.ParseIso((string)hemSystem.Body["information"]!["installationDate"]!);
            var zone = (string?)hemSystem.Body["information"]!["timezone"] ?? "Europe/Oslo";
            return EuropeanTimeZones.ToLocal(zone, installed).Date;
        }

        private static string? Unavailable(string flow, HomeEnergySetup setup)
        {
            switch (flow)
            {
                case "generation":
                    return setup.InverterIds.Count == 0 ? "No solar inverter is linked to this HEM system." : null;
                case "consumption":
                case "import":
                case "export":
                    return setup.HasMeter ? null : "No grid meter is linked to this HEM system.";
                default:
                    return setup.BatteryCapacityKwh.HasValue ? null : "No battery is linked to this HEM system.";
            }
        }

        private static double Flow(HomeEnergyBucket bucket, string flow)
        {
            switch (flow)
            {
                case "generation": return bucket.Generation;
                case "consumption": return bucket.Consumption;
                case "import": return bucket.Import;
                case "export": return bucket.Export;
                case "charge": return bucket.Charge;
                default: return bucket.Discharge;
            }
        }

        private static JsonObject Series(string unit, string unitType, string resolution, string zone, IEnumerable<(DateTimeOffset Start, double? Value)> points)
        {
            var data = new JsonArray();
            foreach (var (start, value) in points)
                data.Add(new JsonObject { ["t"] = TimeText.WithOffset(start), ["v"] = value });
            return new JsonObject
            {
                ["isAvailable"] = true,
                ["unit"] = unit,
                ["unitType"] = unitType,
                ["sampling"] = new JsonObject { ["mode"] = "bucketed", ["resolution"] = resolution },
                ["timezone"] = zone,
                ["data"] = data,
            };
        }

        private static JsonObject NotAvailable(string reason) => new JsonObject { ["isAvailable"] = false, ["reason"] = reason };

        private static string Iso8601(TimeSpan resolution) =>
            resolution >= TimeSpan.FromDays(1) ? "P1D"
            : resolution >= TimeSpan.FromHours(1) ? "PT" + (int)resolution.TotalHours + "H"
            : "PT" + (int)resolution.TotalMinutes + "M";
    }
}
