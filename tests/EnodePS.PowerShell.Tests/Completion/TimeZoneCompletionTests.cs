using System.Linq;
using System.Management.Automation;
using EnodePS.PowerShell.Tests.Support;
using TimeZoneNames = EnodePS.Client.Validation.TimeZoneNames;

namespace EnodePS.PowerShell.Tests.Completion
{
    /// <summary>One time zone list: completion offers exactly the names -TimezoneName accepts.</summary>
    public class TimeZoneCompletionTests
    {
        [Fact]
        public void TimezoneName_completion_offers_the_names_the_validator_accepts()
        {
            const string line = "New-EnodeLocation -UserId u -Name Home -Latitude 59.9 -Longitude 10.7 -TimezoneName ";
            var offered = ModuleCommands.Invoke("(TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText", new { line })
                .Cast<string>().ToList();

            Assert.Equal(TimeZoneNames.All.OrderBy(n => n, System.StringComparer.OrdinalIgnoreCase), offered.Select(n => n.Trim('\'')));
            Assert.Contains("Europe/Oslo", offered);
        }
    }
}
