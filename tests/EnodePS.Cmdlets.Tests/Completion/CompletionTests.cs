using System.Collections;
using System.Linq;
using EnodePS.Client.Facts;
using EnodePS.Client.Models;
using EnodePS.Cmdlets.Tests.Support;
using EnodePS.Cmdlets.Vehicles;
using EnodePS.Completers;
using EnodePS.Connections;

namespace EnodePS.Cmdlets.Tests.Completion
{
    public class CompletionTests
    {
        private static CompletionContext Word(string word, IDictionary? bound = null, EnodeConnection? connection = null, SessionConnections? session = null) =>
            new CompletionContext("X", word, bound, connection, session);

        [Theory]
        [InlineData("", new[] { "TESLA", "tesla", "Toyota", "VOLVO" }, new[] { "TESLA", "Toyota", "VOLVO" })]
        [InlineData("t", new[] { "TESLA", "Toyota", "VOLVO" }, new[] { "TESLA", "Toyota" })]
        [InlineData("'to", new[] { "TESLA", "Toyota" }, new[] { "Toyota" })]
        [InlineData("*OL*", new[] { "TESLA", "VOLVO" }, new[] { "VOLVO" })]
        [InlineData("olv", new[] { "TESLA", "VOLVO" }, new[] { "VOLVO" })] // no prefix match: substring
        [InlineData("x", new[] { "TESLA" }, new string[0])]
        public void Matching_is_prefix_then_substring_or_wildcards_in_the_candidates_order(string word, string[] candidates, string[] expected) =>
            Assert.Equal(expected, CompletionSource.Matching(candidates, word));

        [Theory]
        [InlineData("vehicle:read:data", "vehicle:read:data")]
        [InlineData("Europe/Oslo", "Europe/Oslo")]
        [InlineData("*", "'*'")]
        [InlineData("my connection", "'my connection'")]
        [InlineData("it's", "'it''s'")]
        [InlineData("-x", "'-x'")]
        public void Values_PowerShell_would_misread_are_single_quoted(string value, string inserted) =>
            Assert.Equal(inserted, CompletionSource.Quote(value));

        [Fact]
        public void Vendors_narrow_to_the_vendor_type_already_typed()
        {
            var chargers = new VendorCompleter().Complete(Word("", new Hashtable { ["VendorType"] = "charger" }));
            Assert.Contains("ZAPTEC", chargers);
            Assert.DoesNotContain("AUDI", chargers);
            Assert.Equal(new[] { "TESLA" }, new VendorCompleter().Complete(Word("tesl", new Hashtable { ["VendorType"] = "vehicle" })));
            Assert.Contains("AUDI", new VendorCompleter().Complete(Word("a")));
        }

        [Fact]
        public void Facts_complete_scopes_events_modes_languages_types_and_time_zones()
        {
            Assert.Equal(new[] { "charger:control:charging", "charger:read:data" }, new ScopeCompleter().Complete(Word("", new Hashtable { ["VendorType"] = "charger" })));
            Assert.Contains("user:vehicle:updated", new WebhookEventCompleter().Complete(Word("user:veh")));
            Assert.Equal(new[] { "SELF_RELIANCE" }, new BatteryOperationModeCompleter().Complete(Word("self")));
            Assert.Contains("nb-NO", new LanguageCompleter().Complete(Word("nb")));
            Assert.Equal(ApiFacts.VendorTypes, new VendorTypeCompleter().Complete(Word("")));
            Assert.Contains("Europe/Oslo", new TimeZoneCompleter().Complete(Word("europe/os")));
        }

        [Fact]
        public void Ids_come_from_what_the_connection_recently_output_newest_first()
        {
            using var session = new CmdletSession();
            var first = session.Run(new GetEnodeVehicleCommand { PageSize = 5 }).OutputOf<Vehicle>().Take(3).ToList();
            var host = session.NewHost();
            host.Paging = new Infrastructure.PagingRequest(3, 0);
            var vehicles = session.Run(new GetEnodeVehicleCommand(), host).OutputOf<Vehicle>().ToList();

            var ids = new VehicleIdCompleter().Complete(Word("", connection: session.Connection));
            Assert.Equal(vehicles.Select(v => v.Id).Reverse(), ids.Take(vehicles.Count));
            Assert.Equal(vehicles.Select(v => v.UserId).Reverse().Distinct(), new UserIdCompleter().Complete(Word("", connection: session.Connection)).Take(vehicles.Select(v => v.UserId).Distinct().Count()));
            Assert.Empty(new ChargerIdCompleter().Complete(Word("", connection: session.Connection)));
            Assert.Equal(new[] { vehicles[0].Id }, new DeviceIdCompleter().Complete(Word(vehicles[0].Id.Substring(0, 12), connection: session.Connection)));
            Assert.Empty(new VehicleIdCompleter().Complete(Word("")));
        }

        [Fact]
        public void The_recent_ids_cache_is_bounded_per_kind_and_moves_a_seen_id_to_the_front()
        {
            var recent = new RecentIds();
            for (var i = 0; i < RecentIds.PerKind + 20; i++) recent.Add(RecentIds.Vehicle, "v" + i);
            recent.Add(RecentIds.Vehicle, "v50");
            var ids = recent.Of(RecentIds.Vehicle);
            Assert.Equal(RecentIds.PerKind, ids.Count);
            Assert.Equal("v50", ids[0]);
            Assert.DoesNotContain("v0", ids);
            Assert.Empty(recent.Of(RecentIds.User));
        }

        [Fact]
        public void Connection_names_complete_from_the_session()
        {
            using var session = new CmdletSession();
            var connections = ConnectionStore.For(session.SessionKey);
            Assert.Equal(new[] { session.Connection.Name }, new ConnectionNameCompleter().Complete(Word("", session: connections)));
        }
    }
}
