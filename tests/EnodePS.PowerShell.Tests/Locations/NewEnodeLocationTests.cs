using System.Linq;
using System.Management.Automation;
using EnodePS.Client.Models;
using EnodePS.PowerShell.Tests.Support;

namespace EnodePS.PowerShell.Tests.Locations
{
    public class NewEnodeLocationTests
    {
        [Fact]
        public void New_get_set_and_remove_a_location_with_the_reference_requests()
        {
            using var session = new PowerShellSession();
            var userId = session.Emulator.State.Users.All[0].Id;

            var creation = session.Run("$created = New-EnodeLocation -UserId $userId -Name Home -Latitude 59.91 -Longitude 10.75 -TimezoneName Europe/Oslo; $created", new { userId })
                .AssertSucceeded();
            var created = Assert.Single(creation.OutputOf<Location>());
            Assert.Equal("EnodePS.Location", creation.Output[0].TypeNames[0]);
            var sent = session.Emulator.Journal.Api().Last();
            Assert.Equal(("POST", $"/users/{userId}/locations", "{\"name\":\"Home\",\"latitude\":59.91,\"longitude\":10.75,\"timezoneName\":\"Europe/Oslo\"}"), (sent.Method, sent.Path, sent.Body));

            Assert.Equal(created.Id, session.Run("Get-EnodeLocation -UserId $userId", new { userId }).AssertSucceeded().OutputOf<Location>().Single().Id);
            Assert.Equal("/users/" + userId + "/locations", session.Emulator.Journal.Api().Last().Path);
            Assert.Single(session.Run("Get-EnodeLocation").AssertSucceeded().OutputOf<Location>());
            Assert.Equal("Home", session.Run("$created | Get-EnodeLocation").AssertSucceeded().OutputOf<Location>().Single().Name);

            var renamed = session.Run("$created | Set-EnodeLocation -Name Cottage -TimezoneName europe/stockholm -PassThru").AssertSucceeded().OutputOf<Location>().Single();
            Assert.Equal(("PUT", $"/locations/{created.Id}", "{\"name\":\"Cottage\",\"timezoneName\":\"Europe/Stockholm\"}"),
                (session.Emulator.Journal.Api().Last().Method, session.Emulator.Journal.Api().Last().Path, session.Emulator.Journal.Api().Last().Body));
            Assert.Equal(("Cottage", 59.91), (renamed.Name, renamed.Latitude));
            Assert.Empty(session.Run("$created | Set-EnodeLocation -Name Silent").AssertSucceeded().Output);

            var removed = session.Run("$created | Remove-EnodeLocation -PassThru").AssertSucceeded().OutputOf<Location>().Single();
            Assert.Equal(("DELETE", "Silent"), (session.Emulator.Journal.Api().Last().Method, removed.Name));
            var gone = Assert.Single(session.Run("$created | Get-EnodeLocation").Errors);
            Assert.Equal("EnodeNotFound,EnodePS.Cmdlets.Locations.GetEnodeLocationCommand", gone.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.ObjectNotFound, gone.CategoryInfo.Category);
            Assert.Equal(created.Id, gone.TargetObject);
        }

        [Theory]
        [InlineData(90.5, 0, "UTC", "Latitude", "a number of degrees from -90 to 90")]
        [InlineData(0, -200, "UTC", "Longitude", "a number of degrees from -180 to 180")]
        [InlineData(0, 0, "Central European Time", "TimezoneName", "an IANA time zone name such as Europe/Oslo")]
        public void Bad_coordinates_and_time_zones_name_the_parameter_and_range_before_sending(double latitude, double longitude, string zone, string parameter, string allowed)
        {
            using var session = new PowerShellSession();
            var before = session.Emulator.RequestCount;
            var variables = new { latitude, longitude, zone };
            var bad = parameter switch { "Latitude" => "$latitude", "Longitude" => "$longitude", _ => "$zone" };

            var creation = session.Run("New-EnodeLocation -UserId u -Name X -Latitude $latitude -Longitude $longitude -TimezoneName $zone", variables);
            var update = session.Run($"Set-EnodeLocation -Id l -{parameter} {bad}", variables);

            Assert.Equal(before, session.Emulator.RequestCount);
            var errors = new[] { (Assert.Single(creation.AllErrors), "New"), (Assert.Single(update.AllErrors), "Set") };
            foreach (var (error, verb) in errors)
            {
                Assert.Equal($"EnodeInvalidParameter,EnodePS.Cmdlets.Locations.{verb}EnodeLocationCommand", error.FullyQualifiedErrorId);
                Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
                Assert.Contains($"for -{parameter}: {allowed}", error.Exception.Message);
            }
        }
    }
}
