using System.Linq;
using System.Management.Automation;
using EnodePS.Client.Models;
using EnodePS.Cmdlets.Locations;
using EnodePS.Cmdlets.Tests.Support;

namespace EnodePS.Cmdlets.Tests
{
    public class LocationCmdletTests
    {
        [Fact]
        public void New_get_set_and_remove_a_location_with_the_reference_requests()
        {
            using var session = new CmdletSession();
            var userId = session.Emulator.State.Users.All[0].Id;

            var created = session.Run(new NewEnodeLocationCommand { UserId = userId, Name = "Home", Latitude = 59.91, Longitude = 10.75, TimezoneName = "Europe/Oslo" })
                .OutputOf<Location>().Single();
            var sent = session.Emulator.LastApiRequest();
            Assert.Equal(("POST", $"/users/{userId}/locations", "{\"name\":\"Home\",\"latitude\":59.91,\"longitude\":10.75,\"timezoneName\":\"Europe/Oslo\"}"), (sent.Method, sent.Path, sent.Body));

            Assert.Equal(created.Id, session.Run(new GetEnodeLocationCommand { UserId = userId }).OutputOf<Location>().Single().Id);
            Assert.Equal("/users/" + userId + "/locations", session.Emulator.LastApiRequest().Path);
            Assert.Single(session.Run(new GetEnodeLocationCommand()).OutputOf<Location>());
            Assert.Equal("Home", session.Run(new GetEnodeLocationCommand(), created).OutputOf<Location>().Single().Name);

            var renamed = session.Run(new SetEnodeLocationCommand { Name = "Cottage", TimezoneName = "europe/stockholm" }.With("PassThru"), created);
            Assert.Equal(("PUT", $"/locations/{created.Id}", "{\"name\":\"Cottage\",\"timezoneName\":\"Europe/Stockholm\"}"),
                (session.Emulator.LastApiRequest().Method, session.Emulator.LastApiRequest().Path, session.Emulator.LastApiRequest().Body));
            Assert.Equal(("Cottage", 59.91), (renamed.OutputOf<Location>().Single().Name, renamed.OutputOf<Location>().Single().Latitude));
            Assert.Empty(session.Run(new SetEnodeLocationCommand { Name = "Silent" }, created).Output);

            var removed = session.Run(new RemoveEnodeLocationCommand().With("PassThru"), created);
            Assert.Equal(("DELETE", "Silent"), (session.Emulator.LastApiRequest().Method, removed.OutputOf<Location>().Single().Name));
            Assert.Equal("EnodeNotFound", session.Run(new GetEnodeLocationCommand(), created).Errors.Single().ErrorId);
        }

        [Theory]
        [InlineData(90.5, 0, "UTC", "Latitude", "a number of degrees from -90 to 90")]
        [InlineData(0, -200, "UTC", "Longitude", "a number of degrees from -180 to 180")]
        [InlineData(0, 0, "Central European Time", "TimezoneName", "an IANA time zone name such as Europe/Oslo")]
        public void Bad_coordinates_and_time_zones_name_the_parameter_and_range_before_sending(double latitude, double longitude, string zone, string parameter, string allowed)
        {
            using var session = new CmdletSession();
            var before = session.Emulator.RequestCount;

            var host = session.Run(new NewEnodeLocationCommand { UserId = "u", Name = "X", Latitude = latitude, Longitude = longitude, TimezoneName = zone });
            var update = session.Run(new SetEnodeLocationCommand { Id = "l", Latitude = parameter == "Latitude" ? latitude : (double?)null, Longitude = parameter == "Longitude" ? longitude : (double?)null, TimezoneName = parameter == "TimezoneName" ? zone : null });

            Assert.Equal(before, session.Emulator.RequestCount);
            foreach (var error in new[] { host.Terminating!, update.Terminating! })
            {
                Assert.Equal(("EnodeInvalidParameter", ErrorCategory.InvalidArgument), (error.ErrorId, error.Category));
                Assert.Contains($"for -{parameter}: {allowed}", error.Exception.Message);
            }
        }

        [Fact]
        public void Set_without_changes_and_whatif_send_nothing()
        {
            using var session = new CmdletSession();
            var before = session.Emulator.RequestCount;

            var nothing = session.Run(new SetEnodeLocationCommand { Id = "l" });
            Assert.Contains("give at least one of -Name, -Latitude, -Longitude or -TimezoneName", nothing.Terminating!.Exception.Message);

            foreach (var cmdlet in new Infrastructure.EnodeCmdlet[]
            {
                new NewEnodeLocationCommand { UserId = "u", Name = "X", Latitude = 1, Longitude = 1 },
                new SetEnodeLocationCommand { Id = "l", Name = "Y" },
                new RemoveEnodeLocationCommand { Id = new[] { "l" } },
            })
            {
                var whatIf = session.NewHost();
                whatIf.WhatIf = true;
                session.Run(cmdlet, whatIf);
                Assert.Single(whatIf.ShouldProcessCalls);
                Assert.Empty(whatIf.Errors);
            }
            Assert.Equal(before, session.Emulator.RequestCount);
        }
    }
}
