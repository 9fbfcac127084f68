using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using EnodePS.Client.Json;
using EnodePS.Client.Models;
using EnodePS.Client.Tariffs;
using EnodePS.Client.Tests.Support;
using EnodePS.Tests.Shared;

namespace EnodePS.Client.Tests
{
    public class TariffInputTests
    {
        private sealed class CultureScope : IDisposable
        {
            private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
            private readonly CultureInfo _ui = CultureInfo.CurrentUICulture;

            public CultureScope(string name)
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(name);
            }

            public void Dispose()
            {
                CultureInfo.CurrentCulture = _culture;
                CultureInfo.CurrentUICulture = _ui;
            }
        }

        [Theory]
        [InlineData("de-DE")]
        [InlineData("nb-NO")]
        [InlineData("fr-FR")]
        public void Costs_are_formatted_with_a_dot_whatever_the_culture(string culture)
        {
            using var scope = new CultureScope(culture);
            Assert.Equal("0,25", 0.25.ToString(CultureInfo.CurrentCulture)); // the trap this guards against

            Assert.Equal("0.25", TariffCost.Format(0.25, "cost"));
            Assert.Equal("0.25", TariffCost.Format(0.25m, "cost"));
            Assert.Equal("1234.5", TariffCost.Format(1234.5f, "cost"));
            Assert.Equal("-0.031", TariffCost.Format("-0.031", "cost"));
            Assert.Equal("2", TariffCost.Format(2, "cost"));
        }

        [Fact]
        public void A_cost_written_with_a_comma_is_refused_with_the_fix()
        {
            using var scope = new CultureScope("de-DE");

            var error = Assert.Throws<ArgumentException>(() => TariffCost.Format("0,25", "Rate 1 ('PEAK')"));

            Assert.Contains("Rate 1 ('PEAK')", error.Message);
            Assert.Contains("0.25", error.Message);
        }

        [Theory]
        [InlineData("abc")]
        [InlineData("1e3")]
        [InlineData(".5")]
        [InlineData("")]
        public void Text_that_is_not_a_plain_decimal_is_refused(string cost)
        {
            Assert.Throws<ArgumentException>(() => TariffCost.Format(cost, "cost"));
        }

        [Fact]
        public void Rates_are_read_from_hashtables_csv_rows_objects_and_a_name_cost_map()
        {
            var csvRow = new JsonRecord();
            csvRow.Add("Name", "NIGHT");
            csvRow.Add("Cost", "0.08");
            var inputs = new List<object?>
            {
                new Hashtable { ["name"] = "PEAK", ["cost"] = 0.35 },
                csvRow,
                new TariffRate("SHOULDER", "0.2"),
                new Hashtable { ["WEEKEND"] = 0.1m, ["HOLIDAY"] = "0.09" },
            };

            var rates = TariffRates.Read(inputs, "Rate");

            Assert.Equal(new[] { "PEAK=0.35", "NIGHT=0.08", "SHOULDER=0.2" }, rates.Take(3).Select(r => r.ToString()));
            Assert.Equal(new[] { "HOLIDAY=0.09", "WEEKEND=0.1" }, rates.Skip(3).Select(r => r.ToString()).OrderBy(s => s));
        }

        [Fact]
        public void Duplicate_rate_names_and_unknown_fields_are_refused()
        {
            var duplicate = Assert.Throws<ArgumentException>(() => TariffRates.Read(new object[]
            {
                new Hashtable { ["name"] = "PEAK", ["cost"] = 1 }, new Hashtable { ["name"] = "PEAK", ["cost"] = 2 },
            }, "Rate"));
            var typo = Assert.Throws<ArgumentException>(() => TariffRates.Read(new object[] { new Hashtable { ["name"] = "PEAK", ["price"] = 1 } }, "Rate"));

            Assert.Contains("'PEAK' is given twice", duplicate.Message);
            Assert.Equal("Rate", duplicate.ParamName);
            Assert.Contains("unknown field 'price'", typo.Message);
        }

        [Fact]
        public void Intervals_are_read_with_weekday_names_ranges_and_short_times()
        {
            var csvRow = new JsonRecord();
            csvRow.Add("Name", "PEAK");
            csvRow.Add("Weekdays", "Mon-Fri");
            csvRow.Add("From", "7:00");
            csvRow.Add("To", "22:00");
            var all = new Hashtable { ["name"] = "OFF_PEAK", ["from"] = "22:00", ["to"] = "07:00", ["weekdays"] = "" };
            var weekend = new Hashtable { ["name"] = "WEEKEND", ["weekdays"] = new object[] { "sat", 6 }, ["from"] = TimeSpan.FromHours(7), ["to"] = "24:00" };

            var intervals = TariffIntervals.Read(new object?[] { csvRow, all, weekend }, "Interval");

            Assert.Equal(new[] { "'PEAK' 07:00-22:00 (Mon,Tue,Wed,Thu,Fri)", "'OFF_PEAK' 22:00-07:00", "'WEEKEND' 07:00-24:00 (Sat,Sun)" },
                intervals.Select(i => i.ToString()));
        }

        [Theory]
        [InlineData("25:00", "to", "is not a time of day")]
        [InlineData("7.00", "from", "is not a time of day")]
        [InlineData("Funday", "weekdays", "is not a weekday")]
        [InlineData("Fri-Mon", "weekdays", "runs backwards")]
        [InlineData("7", "weekdays", "is not a weekday")]
        public void Malformed_intervals_name_the_interval_and_the_problem(string value, string field, string expected)
        {
            var interval = new Hashtable { ["name"] = "PEAK", ["from"] = "07:00", ["to"] = "09:00" };
            interval[field] = value;

            var error = Assert.Throws<ArgumentException>(() => TariffIntervals.Read(new object[] { interval }, "Interval"));

            Assert.Contains("Interval 1 ('PEAK')", error.Message);
            Assert.Contains(expected, error.Message);
            Assert.Equal("Interval", error.ParamName);
        }

        private static TariffInterval Interval(string name, string from, string to, params int[] weekdays) =>
            new TariffInterval { Name = name, From = from, To = to, Weekdays = weekdays.Length == 0 ? null : weekdays.ToList() };

        [Fact]
        public void Overlapping_intervals_are_refused_naming_both_and_where()
        {
            var error = Assert.Throws<ArgumentException>(() => TariffSchedule.Validate(new[]
            {
                Interval("PEAK", "06:00", "22:00", 0, 1, 2, 3, 4),
                Interval("NIGHT", "00:00", "06:00"),
                Interval("SHOULDER", "21:00", "23:00", 3),
            }, "home-tou", null, "Interval"));

            Assert.Contains("interval 1 'PEAK' 06:00-22:00", error.Message);
            Assert.Contains("interval 3 'SHOULDER' 21:00-23:00", error.Message);
            Assert.Contains("Thursday from 21:00", error.Message);
        }

        [Fact]
        public void An_interval_past_midnight_on_sunday_overlaps_monday_morning()
        {
            var error = Assert.Throws<ArgumentException>(() => TariffSchedule.Validate(new[]
            {
                Interval("NIGHT", "22:00", "06:00", 6),
                Interval("MORNING", "05:00", "09:00", 0),
            }, "t", null, "Interval"));

            Assert.Contains("Monday from 05:00", error.Message);
        }

        [Fact]
        public void Touching_intervals_and_gaps_are_fine_and_names_must_be_rates_of_the_tariff()
        {
            var schedule = new[] { Interval("PEAK", "07:00", "22:00"), Interval("OFF_PEAK", "22:00", "07:00") };

            TariffSchedule.Validate(schedule, "t", new[] { "PEAK", "OFF_PEAK" }, "Interval");
            var error = Assert.Throws<ArgumentException>(() => TariffSchedule.Validate(schedule, "t", new[] { "PEAK" }, "Interval"));

            Assert.Contains("'OFF_PEAK' 22:00-07:00 names no rate of tariff 't'", error.Message);
        }

        [Fact]
        public void Schedules_compare_equal_whatever_the_order_and_however_midnight_is_written()
        {
            var declared = TariffSchedule.Rows("t", new[] { Interval("OFF_PEAK", "22:00", "24:00"), Interval("PEAK", "07:00", "22:00", 0, 1) });
            var live = TariffSchedule.Rows(new[]
            {
                new LocationTariffEntry { Weekday = 1, FromHourMinute = "07:00", ToHourMinute = "22:00", TariffId = "t", TariffName = "PEAK" },
                new LocationTariffEntry { Weekday = null, FromHourMinute = "22:00", ToHourMinute = "00:00", TariffId = "t", TariffName = "OFF_PEAK" },
                new LocationTariffEntry { Weekday = 0, FromHourMinute = "07:00", ToHourMinute = "22:00", TariffId = "t", TariffName = "PEAK" },
            });

            Assert.True(TariffSchedule.Same(declared, live));
            Assert.False(TariffSchedule.Same(declared, TariffSchedule.Rows("other", new[] { Interval("OFF_PEAK", "22:00", "24:00"), Interval("PEAK", "07:00", "22:00", 0, 1) })));
        }

        [Fact]
        public async Task The_client_sends_decimal_strings_with_a_dot_under_a_german_culture()
        {
            using var host = new LoopbackEmulator();
            using var client = ClientFactory.For(host);
            using var scope = new CultureScope("de-DE");

            await client.Tariffs.SetAsync("home-tou", TariffRates.Read(new object[] { new Hashtable { ["PEAK"] = 0.35, ["OFF_PEAK"] = 0.125m } }, "Rate"));

            var put = host.Emulator.Journal.Snapshot().Single(r => r.Method == "PUT");
            Assert.Contains("\"cost\":\"0.35\"", put.Body);
            Assert.Contains("\"cost\":\"0.125\"", put.Body);
            var read = await client.Tariffs.GetAsync("home-tou");
            Assert.Equal(0.35m, read.Rates.Single(r => r.Name == "PEAK").Amount);
        }

        [Fact]
        public async Task An_invalid_schedule_sends_nothing()
        {
            using var host = new LoopbackEmulator();
            using var client = ClientFactory.For(host);
            await client.GetAccessTokenAsync();
            host.Emulator.Journal.Clear();

            await Assert.ThrowsAsync<ArgumentException>(() => client.Tariffs.SetLocationTariffAsync(Guid.NewGuid().ToString(), "t",
                new[] { Interval("A", "01:00", "03:00"), Interval("B", "02:00", "04:00") }));

            Assert.Empty(host.Emulator.Journal.Snapshot());
        }

        [Fact]
        public void A_rates_file_is_a_map_of_rates_or_an_object_with_the_rates_of_its_tariff()
        {
            Assert.Equal(new[] { "PEAK" }, TariffRates.ReadFile(JsonTree.ParseText("{\"PEAK\": 0.3}"), "home", "Path").Select(r => r.Name));
            Assert.Equal(new[] { "PEAK" }, TariffRates.ReadFile(JsonTree.ParseText("{\"id\": \"home\", \"rates\": {\"PEAK\": 0.3}}"), "home", "Path").Select(r => r.Name));

            var other = Assert.Throws<ArgumentException>(() => TariffRates.ReadFile(JsonTree.ParseText("{\"id\": \"cabin\", \"rates\": {\"PEAK\": 0.3}}"), "home", "Path"));
            Assert.Contains("the file is for tariff 'cabin', not 'home'", other.Message);
        }

        [Fact]
        public void An_intervals_file_is_a_list_or_an_object_with_the_intervals_of_its_tariff()
        {
            const string interval = "{\"name\": \"PEAK\", \"from\": \"07:00\", \"to\": \"22:00\"}";
            Assert.Single(TariffIntervals.ReadFile(JsonTree.ParseText("[" + interval + "]"), "home", "Path"));
            Assert.Single(TariffIntervals.ReadFile(JsonTree.ParseText("{\"tariffId\": \"home\", \"intervals\": [" + interval + "]}"), "home", "Path"));

            var other = Assert.Throws<ArgumentException>(() => TariffIntervals.ReadFile(JsonTree.ParseText("{\"tariffId\": \"cabin\", \"intervals\": [" + interval + "]}"), "home", "Path"));
            Assert.Contains("the file is for tariff 'cabin', not 'home'", other.Message);
        }
    }
}
