using System.Linq;
using System.Management.Automation;
using System.Text.Json.Nodes;
using EnodePS.Client.Models;
using EnodePS.Emulator;
using EnodePS.PowerShell.Tests.Support;

namespace EnodePS.PowerShell.Tests.Tariffs
{
    public class SetEnodeTariffTests
    {
        internal static PowerShellSession Session() => new PowerShellSession(new EmulatorOptions { VehicleCount = 2 });

        [Fact]
        public void Set_tariff_sends_invariant_decimal_strings_under_a_german_culture()
        {
            using var session = Session();

            var result = session.Run(@"
                [cultureinfo]::CurrentCulture = 'de-DE'
                [cultureinfo]::CurrentUICulture = 'de-DE'
                Set-EnodeTariff -Id home-tou -Rate @{ PEAK = 0.35; OFF_PEAK = 0.125 } -PassThru").AssertSucceeded();

            var put = session.Emulator.Journal.Mutating().Single();
            Assert.Equal("PUT /tariffs/{tariffId}", put.Operation);
            Assert.Equal(204, put.Status);
            var costs = JsonNode.Parse(put.Body)!.AsArray().ToDictionary(r => (string)r!["name"]!, r => (string)r!["cost"]!);
            Assert.Equal("0.35", costs["PEAK"]);
            Assert.Equal("0.125", costs["OFF_PEAK"]);
            Assert.Equal("home-tou", result.OutputOf<Tariff>().Single().Id);
        }

        [Fact]
        public void Set_tariff_takes_csv_rows_from_the_pipeline_and_sends_one_request()
        {
            using var session = Session();

            var result = session.Run("'Name,Cost', 'PEAK,0.35', 'NIGHT,0.08' | ConvertFrom-Csv | Set-EnodeTariff -Id csv-tariff").AssertSucceeded();

            Assert.Empty(result.Output); // a Set- cmdlet writes nothing without -PassThru

            Assert.Single(session.Emulator.Journal.Mutating());
            var tariff = session.Run("Get-EnodeTariff -Id csv-tariff").AssertSucceeded().OutputOf<Tariff>().Single();
            Assert.Equal(new[] { "PEAK=0.35", "NIGHT=0.08" }, tariff.Rates.Select(r => r.ToString()));
        }

        [Fact]
        public void Set_tariff_reads_a_psd1_or_json_file()
        {
            using var session = Session();
            using var psd1 = new TempFile("rates.psd1", "@{ id = 'file-tariff'; rates = @( @{ name = 'PEAK'; cost = 0.4 }, @{ name = 'OFF'; cost = '0.1' } ) }");
            using var json = new TempFile("rates.json", "{ \"PEAK\": 0.41, \"OFF\": 0.11 }");

            var fromPsd1 = session.Run("Set-EnodeTariff -Id file-tariff -Path $path -PassThru", new { path = psd1.Path }).AssertSucceeded();
            var fromJson = session.Run("Set-EnodeTariff json-tariff -Path $path -PassThru", new { path = json.Path }).AssertSucceeded();
            var wrongId = session.Run("Set-EnodeTariff -Id other -Path $path", new { path = psd1.Path });

            Assert.Equal(new[] { "PEAK=0.4", "OFF=0.1" }, fromPsd1.OutputOf<Tariff>().Single().Rates.Select(r => r.ToString()));
            Assert.Equal(new[] { "PEAK=0.41", "OFF=0.11" }, fromJson.OutputOf<Tariff>().Single().Rates.Select(r => r.ToString()));
            var error = Assert.Single(wrongId.AllErrors);
            Assert.Equal("EnodeInvalidParameter,EnodePS.Cmdlets.Tariffs.SetEnodeTariffCommand", error.FullyQualifiedErrorId);
            Assert.Contains("-Path", error.Exception.Message);
            Assert.Contains("not 'other'", error.Exception.Message);
        }

        [Fact]
        public void A_psd1_file_is_read_as_powershell_reads_it_numbers_here_strings_and_comments()
        {
            using var session = Session();
            using var psd1 = new TempFile("rates.psd1", @"# Rates of the hex tariff
<# PowerShell's own number forms:
   hexadecimal, multipliers, exponents, negative and decimal #>
@{
    id    = 'hex-tariff'   # matches -Id
    rates = @(
        @{ name = 'HEX'; cost = 0x10 }
        @{ name = 'KB';  cost = 1kb }
        @{ name = 'EXP'; cost = 1e3 }
        @{ name = 'NEG'; cost = -0.05 }
        @{
            name = @'
HERE
'@
            cost = 1.5d
        }
    )
}");

            var result = session.Run("Set-EnodeTariff -Id hex-tariff -Path $path -PassThru", new { path = psd1.Path }).AssertSucceeded();

            Assert.Equal(new[] { "HEX=16", "KB=1024", "EXP=1000", "NEG=-0.05", "HERE=1.5" }, result.OutputOf<Tariff>().Single().Rates.Select(r => r.ToString()));
        }

        [Theory]
        [InlineData("\"$(New-Item -ItemType File -Path '{marker}')\"", "'New-Item -ItemType File -Path ", "a command")]
        [InlineData("& { New-Item -ItemType File -Path '{marker}' }", "'& { New-Item", "a command")]
        [InlineData("{ New-Item -ItemType File -Path '{marker}' }", "'{ New-Item", "a script block")]
        [InlineData("[System.IO.File]::WriteAllText('{marker}', 'ran')", "'[System.IO.File]::WriteAllText(", "a method call")]
        [InlineData("$env:ENODE_COST", "'$env:ENODE_COST' is a variable", "a variable")]
        [InlineData("$cost", "'$cost' is a variable", "a variable")]
        public void Code_in_a_psd1_file_is_refused_with_its_line_runs_nothing_and_sends_nothing(string expression, string named, string what)
        {
            using var session = Session();
            using var marker = new TempFile("ran.txt", "");
            System.IO.File.Delete(marker.Path);
            using var psd1 = new TempFile("rates.psd1", "@{\n    rates = @{\n        PEAK = " + expression.Replace("{marker}", marker.Path) + "\n    }\n}");
            session.Emulator.Journal.Clear();

            var result = session.Run("$cost = 1; $env:ENODE_COST = '1'; Set-EnodeTariff -Id t -Path $path", new { path = psd1.Path });

            var error = Assert.Single(result.AllErrors);
            Assert.Equal("EnodeDataFileInvalid,EnodePS.Cmdlets.Tariffs.SetEnodeTariffCommand", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidData, error.CategoryInfo.Category);
            Assert.Equal(psd1.Path, error.TargetObject);
            Assert.StartsWith("rates.psd1, line 3, column ", error.Exception.Message);
            Assert.Contains(named, error.Exception.Message);
            Assert.Contains(what, error.Exception.Message);
            Assert.Contains("nothing in it is run", error.Exception.Message);
            Assert.False(System.IO.File.Exists(marker.Path), "the file's code ran");
            Assert.Empty(session.Emulator.Journal.Api());
        }

        [Fact]
        public void Bad_rates_and_whatif_send_nothing()
        {
            using var session = Session();
            session.Emulator.Journal.Clear();

            var comma = session.Run("'Name,Cost', 'PEAK,\"0,35\"' | ConvertFrom-Csv | Set-EnodeTariff -Id t");
            var whatIf = session.Run("Set-EnodeTariff -Id t -Rate @{ PEAK = 0.35 } -WhatIf").AssertSucceeded();

            var error = Assert.Single(comma.AllErrors);
            Assert.Equal("EnodeInvalidParameter,EnodePS.Cmdlets.Tariffs.SetEnodeTariffCommand", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
            Assert.Contains("-Rate", error.Exception.Message);
            Assert.Contains("0.35", error.Exception.Message);
            Assert.Equal("tariff t", whatIf.WhatIf.Single().Target);
            Assert.Empty(whatIf.Output);
            Assert.Empty(session.Emulator.Journal.Api());
        }

        [Fact]
        public void Every_output_type_has_a_view() => CmdletContract.AssertEveryOutputTypeHasAView("Set-EnodeTariff");

        [Fact]
        public void The_help_page_describes_each_parameter_with_two_examples() =>
            CmdletContract.AssertHelpPageDescribesEachParameterWithTwoExamples("Set-EnodeTariff");
    }
}
