using System;
using System.Linq;
using System.Text.RegularExpressions;
using EnodePS.PowerShell.Tests.Support;
using EnodePS.Tests.Shared;
using Xunit.Abstractions;

namespace EnodePS.PowerShell.Tests.Demo
{
    /// <summary>
    /// The demo tour (`./build.ps1 -Task Demo`), run as a newcomer runs it, in a pwsh process on the module this project
    /// built (-NoBuild): it ends well, writes no error or warning, prints its sections in order, and each section
    /// shows the success it is there to show, on the emulator's demo data (docs/emulator.md).
    /// </summary>
    public class DemoTourTests
    {
        /// <summary>Each section's heading and the start of the "OK:" line that says what succeeded, in the tour's order.</summary>
        private static readonly (string Heading, string Success)[] Sections =
        {
            ("Connect to an in-process emulator", "OK: connected to the Emulator environment"),
            ("Users and their devices", "OK: 3 users, 6 vehicles, 4 chargers, 4 HVAC units"),
            ("The first two vehicles, then the same two again by id", "OK: 2 vehicles got again by id"),
            ("Start charging", "OK: charging started on the"),
            ("Stop charging", "OK: charging stopped"),
            ("Max current", "OK: max current set to 16 A"),
            ("Charge rate limit", "OK: charge rate limited to 7.4 kW"),
            ("HVAC: permanent hold, then follow the schedule", "OK: following its schedule again"),
            ("Battery operation mode", "OK: battery set to IMPORT_FOCUS"),
            ("Smart charging: policy, plan, status and override", "OK: smart charging on until 07:00, a plan, and an override started and ended"),
            ("Schedules: create, check, disable and remove", "OK: schedule"),
            ("Tariffs and a location's tariff schedule", "OK: home-tou priced and applied to Home"),
            ("Webhooks: register, update, deliver a test event", "test event SUCCESS and received"),
            ("Link a new vehicle, and relink one", "OK: vehicle"),
            ("Data refresh", "OK: charger data refreshed"),
            ("Statistics: charging, sessions, HEM systems and inverters", "OK: a week of statistics"),
            ("Interventions: why a device cannot be controlled", "OK: intervention"),
            ("Health, integrations, and anything else through the raw request cmdlet", "OK: GET /vehicles?pageSize=2 answered 2 vehicles"),
            ("Errors are ErrorRecords with stable ids", "OK: EnodeNotFound,"),
        };

        /// <summary>How PowerShell prints an error, warning or verbose line: "Start-EnodeCharging: ...", "Exception: ...", "WARNING: ...".</summary>
        private static readonly Regex StreamLine = new Regex(@"^[A-Za-z][\w.-]*:(\s|$)|^\s*Line \|", RegexOptions.Multiline);

        private readonly ITestOutputHelper _output;

        public DemoTourTests(ITestOutputHelper output) { _output = output; }

        [Fact]
        public void The_demo_tour_shows_a_successful_action_of_every_kind_in_order()
        {
            _ = ModulePaths.Manifest; // built by this project: the tour runs with -NoBuild
            var run = PwshProcess.File(SpecFiles.Combine("build.ps1"), "-Task", "Demo", "-NoBuild");
            _output.WriteLine(run.Output);

            Assert.True(run.ExitCode == 0, $"The demo tour failed:\n{run}");
            var lines = run.Output.Replace("\r\n", "\n").Split('\n');
            var streamLines = lines.Where(l => StreamLine.IsMatch(l)).ToList();
            Assert.True(streamLines.Count == 0, "The demo tour wrote errors or warnings:\n" + string.Join("\n", streamLines));

            var headings = Sections.Select(s => Array.FindIndex(lines, l => l.StartsWith("== " + s.Heading, StringComparison.Ordinal))).ToArray();
            for (var i = 0; i < Sections.Length; i++)
            {
                Assert.True(headings[i] >= 0, $"The section '{Sections[i].Heading}' is missing:\n{run.Output}");
                if (i > 0) Assert.True(headings[i] > headings[i - 1], $"The section '{Sections[i].Heading}' prints before '{Sections[i - 1].Heading}'.");
                var end = i + 1 < Sections.Length && headings[i + 1] > headings[i] ? headings[i + 1] : lines.Length;
                var body = lines.Skip(headings[i] + 1).Take(end - headings[i] - 1).ToList();
                Assert.True(body.Any(l => l.Contains(Sections[i].Success, StringComparison.Ordinal)),
                    $"The section '{Sections[i].Heading}' does not show '{Sections[i].Success}':\n{string.Join("\n", body)}");
            }
            Assert.Equal(Sections.Length, lines.Count(l => l.StartsWith("== ", StringComparison.Ordinal)));
        }
    }
}
