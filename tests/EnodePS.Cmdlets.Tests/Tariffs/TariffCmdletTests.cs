using System;
using System.Collections;
using System.Linq;
using System.Management.Automation;
using System.Text.Json.Nodes;
using EnodePS.Client.Json;
using EnodePS.Client.Models;
using EnodePS.Cmdlets.Tariffs;
using EnodePS.Cmdlets.Tests.Support;
using EnodePS.Emulator;
using EnodePS.Tests.Shared;

namespace EnodePS.Cmdlets.Tests.Tariffs
{
    public class TariffCmdletTests
    {
        private static CmdletSession Session() => new CmdletSession(new EmulatorOptions { VehicleCount = 2 });

        private static JsonRecord CsvRow(params (string Column, string Value)[] cells)
        {
            var row = new JsonRecord();
            foreach (var (column, value) in cells) row.Add(column, value);
            return row;
        }

        private static Hashtable Interval(string name, string from, string to, object? weekdays = null)
        {
            var table = new Hashtable { ["name"] = name, ["from"] = from, ["to"] = to };
            if (weekdays != null) table["weekdays"] = weekdays;
            return table;
        }

        [Fact]
        public void Set_tariff_sends_invariant_decimal_strings_under_a_german_culture()
        {
            using var session = Session();
            using var culture = new CultureScope("de-DE");

            var host = session.Run(new SetEnodeTariffCommand { Id = "home-tou", Rate = new object[] { new Hashtable { ["PEAK"] = 0.35, ["OFF_PEAK"] = 0.125 } } });

            Assert.Null(host.Terminating);
            var put = session.Emulator.Journal.Mutating().Single();
            Assert.Equal("PUT /tariffs/{tariffId}", put.Operation);
            Assert.Equal(204, put.Status);
            var costs = JsonNode.Parse(put.Body)!.AsArray().ToDictionary(r => (string)r!["name"]!, r => (string)r!["cost"]!);
            Assert.Equal("0.35", costs["PEAK"]);
            Assert.Equal("0.125", costs["OFF_PEAK"]);
            Assert.Equal("home-tou", host.OutputOf<Tariff>().Single().Id);
        }

        [Fact]
        public void Set_tariff_takes_csv_rows_from_the_pipeline_and_sends_one_request()
        {
            using var session = Session();
            var rows = new object[] { CsvRow(("Name", "PEAK"), ("Cost", "0.35")), CsvRow(("Name", "NIGHT"), ("Cost", "0.08")) };

            var host = session.Run(new SetEnodeTariffCommand { Id = "csv-tariff" }, rows);

            Assert.Null(host.Terminating);
            Assert.Single(session.Emulator.Journal.Mutating());
            var tariff = session.Run(new GetEnodeTariffCommand { Id = new[] { "csv-tariff" } }).OutputOf<Tariff>().Single();
            Assert.Equal(new[] { "PEAK=0.35", "NIGHT=0.08" }, tariff.Rates.Select(r => r.ToString()));
        }

        [Fact]
        public void Set_tariff_reads_a_psd1_or_json_file()
        {
            using var session = Session();
            using var psd1 = new TempFile("rates.psd1", "@{ id = 'file-tariff'; rates = @( @{ name = 'PEAK'; cost = 0.4 }, @{ name = 'OFF'; cost = '0.1' } ) }");
            using var json = new TempFile("rates.json", "{ \"PEAK\": 0.41, \"OFF\": 0.11 }");

            var fromPsd1 = session.Run(new SetEnodeTariffCommand { Id = "file-tariff", Path = psd1.Path });
            var fromJson = session.Run(new SetEnodeTariffCommand { Id = "json-tariff", Path = json.Path });
            var wrongId = session.Run(new SetEnodeTariffCommand { Id = "other", Path = psd1.Path });

            Assert.Equal(new[] { "PEAK=0.4", "OFF=0.1" }, fromPsd1.OutputOf<Tariff>().Single().Rates.Select(r => r.ToString()));
            Assert.Equal(new[] { "PEAK=0.41", "OFF=0.11" }, fromJson.OutputOf<Tariff>().Single().Rates.Select(r => r.ToString()));
            Assert.Contains("not 'other'", wrongId.Terminating!.Exception.Message);
        }

        [Fact]
        public void Bad_rates_and_whatif_send_nothing()
        {
            using var session = Session();
            session.Emulator.Journal.Clear();
            var whatIf = session.NewHost();
            whatIf.WhatIf = true;

            var comma = session.Run(new SetEnodeTariffCommand { Id = "t", Rate = new object[] { CsvRow(("Name", "PEAK"), ("Cost", "0,35")) } });
            session.Run(new SetEnodeTariffCommand { Id = "t", Rate = new object[] { new Hashtable { ["PEAK"] = 0.35 } } }, whatIf);

            Assert.Equal("EnodeInvalidParameter", comma.Terminating!.ErrorId);
            Assert.Contains("-Rate", comma.Terminating.Exception.Message);
            Assert.Contains("0.35", comma.Terminating.Exception.Message);
            Assert.Equal("tariff t", whatIf.ShouldProcessCalls.Single().Target);
            Assert.Empty(session.Emulator.Journal.Api());
        }

        [Fact]
        public void Get_tariff_reports_a_missing_one_and_goes_on()
        {
            using var session = Session();
            session.Run(new SetEnodeTariffCommand { Id = "a", Rate = new object[] { new Hashtable { ["X"] = 1 } } });

            var host = session.Run(new GetEnodeTariffCommand(), new { Id = "missing" }, new { TariffId = "a" });

            Assert.Equal("a", host.OutputOf<Tariff>().Single().Id);
            Assert.Equal("EnodeNotFound", host.Errors.Single().ErrorId);
            Assert.Equal("missing", host.Errors.Single().Target);
        }

        [Fact]
        public void Overlapping_intervals_are_rejected_before_any_request_naming_both()
        {
            using var session = Session();
            session.Emulator.Journal.Clear();

            var host = session.Run(new SetEnodeLocationTariffCommand
            {
                LocationId = Guid.NewGuid().ToString(),
                TariffId = "home-tou",
                Interval = new object[] { Interval("PEAK", "06:00", "22:00", "Mon-Fri"), Interval("SHOULDER", "21:00", "23:00", "Fri") },
            });

            Assert.Equal("EnodeInvalidParameter", host.Terminating!.ErrorId);
            Assert.Contains("-Interval", host.Terminating.Exception.Message);
            Assert.Contains("'PEAK' 06:00-22:00", host.Terminating.Exception.Message);
            Assert.Contains("'SHOULDER' 21:00-23:00", host.Terminating.Exception.Message);
            Assert.Contains("Friday", host.Terminating.Exception.Message);
            Assert.Empty(session.Emulator.Journal.Api());
        }

        [Fact]
        public void Intervals_must_name_rates_of_an_existing_tariff_checked_before_sending()
        {
            using var session = Session();
            var location = EmulatorLocations.Add(session.Emulator);
            session.Run(new SetEnodeTariffCommand { Id = "home-tou", Rate = new object[] { new Hashtable { ["PEAK"] = 0.35 } } });
            session.Emulator.Journal.Clear();

            var unknownRate = session.Run(new SetEnodeLocationTariffCommand { LocationId = location, TariffId = "home-tou", Interval = new object[] { Interval("NIGHT", "00:00", "06:00") } });
            var unknownTariff = session.Run(new SetEnodeLocationTariffCommand { LocationId = location, TariffId = "nope", Interval = new object[] { Interval("PEAK", "00:00", "06:00") } });

            Assert.Contains("names no rate of tariff 'home-tou'", unknownRate.Terminating!.Exception.Message);
            Assert.Equal("EnodeTariffNotFound", unknownTariff.Terminating!.ErrorId);
            Assert.Equal(ErrorCategory.ObjectNotFound, unknownTariff.Terminating.Category);
            Assert.Empty(session.Emulator.Journal.Mutating());
        }

        [Fact]
        public void A_schedule_from_csv_rows_is_linked_and_read_back_per_weekday()
        {
            using var session = Session();
            var location = EmulatorLocations.Add(session.Emulator);
            session.Run(new SetEnodeTariffCommand { Id = "home-tou", Rate = new object[] { new Hashtable { ["PEAK"] = 0.35, ["OFF_PEAK"] = 0.12 } } });
            var rows = new object[]
            {
                CsvRow(("Name", "OFF_PEAK"), ("Weekdays", ""), ("From", "22:00"), ("To", "07:00")),
                CsvRow(("Name", "PEAK"), ("Weekdays", "Mon-Fri"), ("From", "07:00"), ("To", "22:00")),
                CsvRow(("Name", "OFF_PEAK"), ("Weekdays", "Sat,Sun"), ("From", "07:00"), ("To", "22:00")),
            };

            var set = session.Run(new SetEnodeLocationTariffCommand { LocationId = location, TariffId = "home-tou" }.With("PassThru"), rows);

            Assert.Null(set.Terminating);
            var put = JsonNode.Parse(session.Emulator.Journal.Mutating().Last().Body)!;
            Assert.Equal("home-tou", (string?)put["tariffId"]);
            Assert.Equal(new[] { 0, 1, 2, 3, 4 }, put["tariffIntervals"]![1]!["weekdays"]!.AsArray().Select(d => (int)d!));
            Assert.Null(put["tariffIntervals"]![0]!["weekdays"]);
            Assert.Equal(14, set.OutputOf<LocationTariffEntry>().Count());

            var entries = session.Run(new GetEnodeLocationTariffCommand(), set.OutputOf<LocationTariffEntry>().First()).OutputOf<LocationTariffEntry>().ToList();
            Assert.Equal(14, entries.Count);
            Assert.All(entries, e => Assert.Equal(location, e.LocationId));
            Assert.Equal(new[] { "Monday 07:00-22:00 PEAK", "Monday 22:00-07:00 OFF_PEAK" }, entries.Where(e => e.Weekday == 0).Select(e => e.ToString()));
        }

        [Fact]
        public void Get_location_tariff_of_an_unknown_location_is_not_found()
        {
            using var session = Session();

            var host = session.Run(new GetEnodeLocationTariffCommand { LocationId = new[] { Guid.NewGuid().ToString() } });

            Assert.Equal("EnodeNotFound", host.Errors.Single().ErrorId);
        }
    }
}
