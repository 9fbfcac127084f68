using System;
using System.Linq;
using System.Management.Automation;
using System.Text.Json.Nodes;
using EnodePS.Client.Models;
using EnodePS.PowerShell.Tests.Support;
using EnodePS.Tests.Shared;
using static EnodePS.PowerShell.Tests.Tariffs.SetEnodeTariffTests;

namespace EnodePS.PowerShell.Tests.Tariffs
{
    public class SetEnodeLocationTariffTests
    {
        private const string InvalidParameter = "EnodeInvalidParameter,EnodePS.Cmdlets.Tariffs.SetEnodeLocationTariffCommand";

        [Fact]
        public void Overlapping_intervals_are_rejected_before_any_request_naming_both()
        {
            using var session = Session();
            session.Emulator.Journal.Clear();

            var result = session.Run(
                "Set-EnodeLocationTariff -LocationId $location -TariffId home-tou -Interval " +
                "@{ name = 'PEAK'; from = '06:00'; to = '22:00'; weekdays = 'Mon-Fri' }, @{ name = 'SHOULDER'; from = '21:00'; to = '23:00'; weekdays = 'Fri' }",
                new { location = Guid.NewGuid().ToString() });

            var error = Assert.Single(result.AllErrors);
            Assert.Equal(InvalidParameter, error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
            Assert.Contains("-Interval", error.Exception.Message);
            Assert.Contains("'PEAK' 06:00-22:00", error.Exception.Message);
            Assert.Contains("'SHOULDER' 21:00-23:00", error.Exception.Message);
            Assert.Contains("Friday", error.Exception.Message);
            Assert.Empty(session.Emulator.Journal.Api());
        }

        [Fact]
        public void Intervals_must_name_rates_of_an_existing_tariff_checked_before_sending()
        {
            using var session = Session();
            var location = EmulatorLocations.Add(session.Emulator);
            session.Invoke("Set-EnodeTariff -Id home-tou -Rate @{ PEAK = 0.35 }");
            session.Emulator.Journal.Clear();

            var unknownRate = session.Run("Set-EnodeLocationTariff $location home-tou @{ name = 'NIGHT'; from = '00:00'; to = '06:00' }", new { location });
            var unknownTariff = session.Run("Set-EnodeLocationTariff -LocationId $location -TariffId nope -Interval @{ name = 'PEAK'; from = '00:00'; to = '06:00' }", new { location });

            var rateError = Assert.Single(unknownRate.AllErrors);
            Assert.Equal(InvalidParameter, rateError.FullyQualifiedErrorId);
            Assert.Contains("names no rate of tariff 'home-tou'", rateError.Exception.Message);
            var tariffError = Assert.Single(unknownTariff.AllErrors);
            Assert.Equal("EnodeTariffNotFound,EnodePS.Cmdlets.Tariffs.SetEnodeLocationTariffCommand", tariffError.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.ObjectNotFound, tariffError.CategoryInfo.Category);
            Assert.Equal("nope", tariffError.TargetObject);
            Assert.Empty(session.Emulator.Journal.Mutating());
        }

        [Fact]
        public void A_schedule_from_csv_rows_is_linked_and_read_back_per_weekday()
        {
            using var session = Session();
            var location = EmulatorLocations.Add(session.Emulator);
            session.Invoke("Set-EnodeTariff -Id home-tou -Rate @{ PEAK = 0.35; OFF_PEAK = 0.12 }");

            var set = session.Run(@"
                $rows = @'
Name,Weekdays,From,To
OFF_PEAK,,22:00,07:00
PEAK,Mon-Fri,07:00,22:00
OFF_PEAK,""Sat,Sun"",07:00,22:00
'@ | ConvertFrom-Csv
                $rows | Set-EnodeLocationTariff -LocationId $location -TariffId home-tou -PassThru", new { location }).AssertSucceeded();

            var put = JsonNode.Parse(session.Emulator.Journal.Mutating().Last().Body)!;
            Assert.Equal("home-tou", (string?)put["tariffId"]);
            Assert.Equal(new[] { 0, 1, 2, 3, 4 }, put["tariffIntervals"]![1]!["weekdays"]!.AsArray().Select(d => (int)d!));
            Assert.Null(put["tariffIntervals"]![0]!["weekdays"]);
            Assert.Equal(14, set.OutputOf<LocationTariffEntry>().Count());

            var entries = session.Run("$entry | Get-EnodeLocationTariff", new { entry = set.Output.First() }).AssertSucceeded().OutputOf<LocationTariffEntry>().ToList();
            Assert.Equal(14, entries.Count);
            Assert.All(entries, e => Assert.Equal(location, e.LocationId));
            Assert.Equal(new[] { "Monday 07:00-22:00 PEAK", "Monday 22:00-07:00 OFF_PEAK" }, entries.Where(e => e.Weekday == 0).Select(e => e.ToString()));
        }

        [Fact]
        public void A_psd1_file_may_hold_a_plain_list_of_intervals()
        {
            using var session = Session();
            var location = EmulatorLocations.Add(session.Emulator);
            session.Invoke("Set-EnodeTariff -Id home-tou -Rate @{ PEAK = 0.35; OFF_PEAK = 0.12 }");
            using var psd1 = new TempFile("schedule.psd1", @"# a plain list of intervals, as -Path takes it (as well as a hashtable with intervals)
@(
    @{ name = 'OFF_PEAK'; from = '22:00'; to = '07:00' }
    @{ name = 'PEAK'; weekdays = 'Mon-Fri'; from = '07:00'; to = '22:00' }
    @{ name = 'OFF_PEAK'; weekdays = @(5, 6); from = '07:00'; to = '22:00' }
)");

            var set = session.Run("Set-EnodeLocationTariff $location home-tou -Path $path -PassThru", new { location, path = psd1.Path }).AssertSucceeded();

            Assert.Equal(14, set.OutputOf<LocationTariffEntry>().Count());
        }

        [Fact]
        public void Every_output_type_has_a_view() => CmdletContract.AssertEveryOutputTypeHasAView("Set-EnodeLocationTariff");

        [Fact]
        public void The_help_page_describes_each_parameter_with_two_examples() =>
            CmdletContract.AssertHelpPageDescribesEachParameterWithTwoExamples("Set-EnodeLocationTariff");
    }
}
