using System;
using System.Linq;
using System.Management.Automation;
using EnodePS.Client.Models;
using EnodePS.Cmdlets.Tests.Support;
using EnodePS.Cmdlets.Users;
using EnodePS.Cmdlets.Vehicles;
using EnodePS.Emulator;

namespace EnodePS.Cmdlets.Tests
{
    public class UserCmdletTests
    {
        [Fact]
        public void Get_EnodeUser_streams_every_user_and_gets_piped_ones_with_linked_vendors()
        {
            using var session = new CmdletSession(new EmulatorOptions
            {
                UserCount = 6, VehicleCount = 6, ChargerCount = 0, HvacCount = 0, InverterCount = 0, BatteryCount = 0, MeterCount = 0, HemSystemCount = 0,
            });

            var listed = session.Run(new GetEnodeUserCommand { PageSize = 4 }).OutputOf<User>().ToList();
            Assert.Equal(session.Emulator.State.Users.All.Select(u => u.Id), listed.Select(u => u.Id));
            Assert.Equal(2, session.Emulator.ServedOperations["GET /users"]);

            var host = session.Run(new GetEnodeUserCommand(), listed[0], new { Id = "nobody" });
            var user = Assert.Single(host.OutputOf<User>());
            Assert.Equal("vehicle", Assert.Single(user.LinkedVendors!).VendorType);
            Assert.Equal(("EnodeNotFound", ErrorCategory.ObjectNotFound, (object?)"nobody"), (host.Errors.Single().ErrorId, host.Errors.Single().Category, host.Errors.Single().Target));
        }

        [Fact]
        public void New_EnodeLinkSession_sends_the_reference_body_and_outputs_the_session()
        {
            using var session = new CmdletSession();

            var host = session.Run(new NewEnodeLinkSessionCommand
            {
                UserId = "user-7", Vendor = "volvo", VendorType = "vehicle", Scope = new[] { "vehicle:read:data", "vehicle:read:location" },
                Language = "nb-no", RedirectUri = "https://app.example.com/done", ColorScheme = "light",
            });

            Assert.Null(host.Terminating);
            var sent = session.Emulator.LastApiRequest();
            Assert.Equal(("POST", "/users/user-7/link"), (sent.Method, sent.Path));
            Assert.Equal("{\"vendor\":\"VOLVO\",\"vendorType\":\"vehicle\",\"scopes\":[\"vehicle:read:data\",\"vehicle:read:location\"],\"language\":\"nb-NO\",\"redirectUri\":\"https://app.example.com/done\",\"colorScheme\":\"light\"}", sent.Body);
            var link = Assert.IsType<LinkSession>(host.Output.Single());
            Assert.Equal("user-7", link.UserId);
            Assert.True(link.ExpiresAt > DateTimeOffset.UtcNow.AddHours(23.9));
            Assert.Contains(link.LinkToken, link.LinkUrl);
        }

        [Theory]
        [InlineData(new[] { "vehicle:control:charging" }, null, "https://a.example/", "Scope", "vehicle:read:data scope is required")]
        [InlineData(new[] { "vehicle:read:data" }, "battery", "https://a.example/", "Scope", "battery:read:data scope is required")]
        [InlineData(new[] { "vehicle:read:data", "car:read:data" }, null, "https://a.example/", "Scope", "vehicle:control:charging")]
        [InlineData(new[] { "vehicle:read:data" }, null, "not a uri", "RedirectUri", "absolute URI")]
        public void New_EnodeLinkSession_names_the_parameter_and_the_allowed_values_before_sending(string[] scopes, string? vendorType, string redirect, string parameter, string allowed)
        {
            using var session = new CmdletSession();
            var before = session.Emulator.RequestCount;

            var host = session.Run(new NewEnodeLinkSessionCommand { UserId = "u", Scope = scopes, VendorType = vendorType, RedirectUri = redirect });

            Assert.Equal(before, session.Emulator.RequestCount);
            Assert.Equal(("EnodeInvalidParameter", ErrorCategory.InvalidArgument), (host.Terminating!.ErrorId, host.Terminating.Category));
            Assert.Contains("for -" + parameter + ":", host.Terminating.Exception.Message);
            Assert.Contains(allowed, host.Terminating.Exception.Message);
        }

        [Fact]
        public void New_EnodeLinkSession_rejects_an_unknown_language_and_vendor_and_whatif_sends_nothing()
        {
            using var session = new CmdletSession();
            var before = session.Emulator.RequestCount;

            var language = session.Run(new NewEnodeLinkSessionCommand { UserId = "u", Scope = new[] { "hvac:read:data" }, RedirectUri = "https://a.example/", Language = "en" });
            Assert.Contains("for -Language: one of browser, da-DK", language.Terminating!.Exception.Message);
            var vendor = session.Run(new NewEnodeLinkSessionCommand { UserId = "u", Scope = new[] { "hvac:read:data" }, RedirectUri = "https://a.example/", Vendor = "Acme" });
            Assert.Contains("for -Vendor: a vendor the API knows: AFORE", vendor.Terminating!.Exception.Message);

            var whatIf = session.NewHost();
            whatIf.WhatIf = true;
            session.Run(new NewEnodeLinkSessionCommand { UserId = "u", Scope = new[] { "hvac:read:data" }, RedirectUri = "https://a.example/" }, whatIf);
            Assert.Equal(("u", "Create a link session"), whatIf.ShouldProcessCalls.Single());
            Assert.Empty(whatIf.Output);
            Assert.Equal(before, session.Emulator.RequestCount);
        }

        [Fact]
        public void The_connections_limit_is_an_error_that_says_what_to_do()
        {
            using var session = new CmdletSession();
            session.Emulator.Options.ConnectionLimit = 1;

            var host = session.Run(new NewEnodeLinkSessionCommand { UserId = "u", Scope = new[] { "vehicle:read:data" }, RedirectUri = "https://a.example/" });

            Assert.Equal(("EnodeConnectionsLimitReached", ErrorCategory.QuotaExceeded), (host.Terminating!.ErrorId, host.Terminating.Category));
            Assert.Contains("connections limit", host.Terminating.Exception.Message);
            Assert.Contains("Remove-EnodeUser", host.Terminating.RecommendedAction);
        }

        [Fact]
        public void New_EnodeRelinkSession_binds_devices_from_Get_EnodeVehicle()
        {
            using var session = new CmdletSession();
            var vehicles = session.Run(new GetEnodeVehicleCommand()).OutputOf<Vehicle>().Take(2).ToList();
            session.Emulator.InvalidateCredentials(vehicles[0].UserId, vehicles[0].Vendor);

            var host = session.Run(new NewEnodeRelinkSessionCommand { Language = "en-GB", ColorScheme = "dark" }, vehicles[0]);

            var sent = session.Emulator.LastApiRequest();
            Assert.Equal(($"/assets/{vehicles[0].Id}/relink", "{\"language\":\"en-GB\",\"colorScheme\":\"dark\"}"), (sent.Path, sent.Body));
            Assert.Equal(vehicles[0].Id, Assert.IsType<LinkSession>(host.Output.Single()).AssetId);

            var whatIf = session.NewHost();
            whatIf.WhatIf = true;
            var before = session.Emulator.RequestCount;
            session.Run(new NewEnodeRelinkSessionCommand(), whatIf, vehicles[1]);
            Assert.Equal(before, session.Emulator.RequestCount);
            Assert.Equal(vehicles[1].Id, whatIf.ShouldProcessCalls.Single().Target);
        }

        [Fact]
        public void Remove_EnodeUser_asks_again_unless_forced_and_whatif_sends_nothing()
        {
            using var session = new CmdletSession();
            var users = session.Emulator.State.Users.All.Select(u => u.Id).ToList();
            var before = session.Emulator.RequestCount;

            var whatIf = session.NewHost();
            whatIf.WhatIf = true;
            session.Run(new RemoveEnodeUserCommand { Id = new[] { users[0] } }, whatIf);
            var declined = session.NewHost();
            declined.ContinueAnswer = false;
            session.Run(new RemoveEnodeUserCommand { Id = new[] { users[0] } }, declined);
            Assert.Equal(before, session.Emulator.RequestCount);
            Assert.Equal(users[0], declined.ShouldProcessCalls.Single().Target);

            var forced = session.NewHost();
            forced.ContinueAnswer = false;
            session.Run(new RemoveEnodeUserCommand { Id = new[] { users[0] } }.With("Force"), forced);
            Assert.Equal(("DELETE", "/users/" + users[0]), (session.Emulator.LastApiRequest().Method, session.Emulator.LastApiRequest().Path));

            var confirmed = session.Run(new RemoveEnodeUserCommand(), new User { Id = users[1] }, new User { Id = users[0] });
            Assert.Equal(users[1], session.Emulator.ApiRequests().Last(r => r.Status == 204).Path.Substring(7));
            Assert.Equal(("EnodeNotFound", (object?)users[0]), (confirmed.Errors.Single().ErrorId, confirmed.Errors.Single().Target));
            Assert.Equal(users.Count - 2, session.Emulator.State.Users.Count);
        }

        [Fact]
        public void Disconnect_EnodeVendor_takes_linked_vendors_from_the_pipeline()
        {
            using var session = new CmdletSession();
            session.Emulator.CompleteLink("multi", "vehicle", "TESLA");
            session.Emulator.CompleteLink("multi", "vehicle", "BMW");
            var linked = session.Run(new GetEnodeUserCommand { Id = new[] { "multi" } }).OutputOf<User>().Single().LinkedVendors!;

            var host = session.Run(new DisconnectEnodeVendorCommand { UserId = "multi" }, linked.First(v => v.Vendor == "BMW"));

            Assert.Empty(host.Errors);
            Assert.Equal(("DELETE", "/users/multi/vendors/BMW/vehicle"), (session.Emulator.LastApiRequest().Method, session.Emulator.LastApiRequest().Path));
            session.Run(new DisconnectEnodeVendorCommand { UserId = "multi", Vendor = "tesla" });
            Assert.Equal("/users/multi/vendors/TESLA", session.Emulator.LastApiRequest().Path);

            var bad = session.Run(new DisconnectEnodeVendorCommand { UserId = "multi", Vendor = "Acme" });
            Assert.Equal("EnodeInvalidParameter", bad.Terminating!.ErrorId);
            Assert.Contains("for -Vendor:", bad.Terminating.Exception.Message);
            var whatIf = session.NewHost();
            whatIf.WhatIf = true;
            var before = session.Emulator.RequestCount;
            session.Run(new DisconnectEnodeVendorCommand { UserId = "multi", Vendor = "KIA", VendorType = "vehicle" }, whatIf);
            Assert.Equal(before, session.Emulator.RequestCount);
            Assert.Equal("KIA vehicle of user multi", whatIf.ShouldProcessCalls.Single().Target);
        }

        [Fact]
        public void Revoke_EnodeUserAuthorization_removes_credentials_and_devices()
        {
            using var session = new CmdletSession();
            var userId = session.Emulator.State.Users.All[0].Id;
            var whatIf = session.NewHost();
            whatIf.WhatIf = true;
            var before = session.Emulator.RequestCount;
            session.Run(new RevokeEnodeUserAuthorizationCommand { UserId = new[] { userId } }, whatIf);
            Assert.Equal(before, session.Emulator.RequestCount);

            var host = session.Run(new RevokeEnodeUserAuthorizationCommand { UserId = new[] { userId } });

            Assert.Empty(host.Errors);
            Assert.Equal(("DELETE", $"/users/{userId}/authorization"), (session.Emulator.LastApiRequest().Method, session.Emulator.LastApiRequest().Path));
            Assert.DoesNotContain(session.Emulator.State.Vehicles.All, v => v.UserId == userId);
        }
    }
}
