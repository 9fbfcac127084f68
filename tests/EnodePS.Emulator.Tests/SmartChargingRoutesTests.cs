using System;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using EnodePS.Emulator.Actions;
using EnodePS.Emulator.Tests.Support;
using EnodePS.Emulator.Time;
using EnodePS.Tests.Shared;

namespace EnodePS.Emulator.Tests
{
    public class SmartChargingRoutesTests
    {
        private static readonly DateTimeOffset Evening = new DateTimeOffset(2024, 11, 6, 18, 0, 0, TimeSpan.Zero);

        /// <summary>The first vehicle, plugged in at 40% with an 80% limit: it needs charge.</summary>
        private static EnodePS.Emulator.State.Record PluggedIn(LoopbackEmulator host)
        {
            var vehicle = host.Emulator.State.Vehicles.All[0];
            lock (host.Emulator.State.Gate)
            {
                var charge = vehicle.Body["chargeState"]!;
                charge["isPluggedIn"] = true;
                charge["isCharging"] = true;
                charge["isFullyCharged"] = false;
                charge["batteryLevel"] = 40;
                charge["chargeLimit"] = 80;
                charge["batteryCapacity"] = 75;
                charge["chargeRate"] = 7.4;
            }
            return vehicle;
        }

        private static DateTimeOffset Time(JsonNode? node) => DateTimeOffset.Parse((string)node!, CultureInfo.InvariantCulture);

        [Fact]
        public async Task The_policy_is_the_vehicle_documents_and_an_update_changes_only_the_fields_sent()
        {
            using var host = new LoopbackEmulator(new EmulatorOptions { Clock = new ManualEmulatorClock(Evening) });
            using var http = new RawHttp(host);
            var vehicle = host.Emulator.State.Vehicles.All[0];

            var policy = (await http.GetAsync($"/vehicles/{vehicle.Id}/smart-charging-policy")).Body!;
            SpecShape.AssertMatches("GET", "/vehicles/{vehicleId}/smart-charging-policy", 200, policy);
            Assert.False((bool)policy["isEnabled"]!);

            var (status, updated, _) = await http.SendAsync(HttpMethod.Put, $"/vehicles/{vehicle.Id}/smart-charging-policy", "{\"isEnabled\":true,\"deadline\":\"07:00\"}");
            Assert.Equal(200, status);
            SpecShape.AssertMatches("PUT", "/vehicles/{vehicleId}/smart-charging-policy", 200, updated!);
            Assert.Equal("07:00", (string)updated!["deadline"]!);
            Assert.Equal(0, (double)updated["minimumChargeLimit"]!);

            var asVehicle = (await http.GetAsync("/vehicles/" + vehicle.Id)).Body!["smartChargingPolicy"]!;
            Assert.Equal(updated.ToJsonString(), asVehicle.ToJsonString());
            var published = host.Emulator.State.Events.Recent.Last(e => e.Name == "user:vehicle:updated");
            Assert.Equal(new[] { "smartChargingPolicy.isEnabled", "smartChargingPolicy.deadline" }, published.Payload["updatedFields"]!.AsArray().Select(f => (string)f!));

            await http.SendAsync(HttpMethod.Put, $"/vehicles/{vehicle.Id}/smart-charging-policy", "{\"minimumChargeLimit\":20}");
            var after = (await http.GetAsync($"/vehicles/{vehicle.Id}/smart-charging-policy")).Body!;
            Assert.Equal(("07:00", 20.0, true), ((string)after["deadline"]!, (double)after["minimumChargeLimit"]!, (bool)after["isEnabled"]!));
        }

        [Theory]
        [InlineData("{\"isEnabled\":true}", "deadline", "required")]
        [InlineData("{\"deadline\":\"24:00\"}", "deadline", "HH:mm")]
        [InlineData("{\"minimumChargeLimit\":101}", "minimumChargeLimit", "0 to 100")]
        [InlineData("{\"minimumChargeLimit\":95}", "minimumChargeLimit", "charge limit")]
        [InlineData("{\"enabled\":true}", "enabled", "not allowed")]
        public async Task Invalid_policies_are_400s_naming_the_field(string json, string field, string message)
        {
            using var host = new LoopbackEmulator();
            using var http = new RawHttp(host);
            var vehicle = PluggedIn(host);

            var (status, body, _) = await http.SendAsync(HttpMethod.Put, $"/vehicles/{vehicle.Id}/smart-charging-policy", json);

            Assert.Equal(400, status);
            var issue = body!["issues"]!.AsArray().First(i => (string)i!["path"]![0]! == field)!;
            Assert.Contains(message, (string)issue["message"]!);
            Assert.False((bool)vehicle.Body["smartChargingPolicy"]!["isEnabled"]!);
        }

        [Fact]
        public async Task Enabling_plans_the_cheapest_window_before_the_deadline_and_the_plan_finishes_by_the_clock()
        {
            var clock = new ManualEmulatorClock(Evening);
            using var host = new LoopbackEmulator(new EmulatorOptions { Clock = clock, TokenLifetime = TimeSpan.FromDays(2) });
            using var http = new RawHttp(host);
            var vehicle = PluggedIn(host);

            await http.SendAsync(HttpMethod.Put, $"/vehicles/{vehicle.Id}/smart-charging-policy", "{\"isEnabled\":true,\"deadline\":\"07:00\"}");
            var plan = (await http.GetAsync($"/vehicles/{vehicle.Id}/smart-charging-plans/latest")).Body!;

            SpecShape.AssertMatches("GET", "/vehicles/{vehicleId}/smart-charging-plans/{smartChargingPlanId}", 200, plan);
            Assert.Equal(vehicle.Id, (string)plan["vehicleId"]!);
            Assert.True((double)plan["smartCost"]! <= (double)plan["nonSmartCost"]!);
            Assert.True((double)plan["smartCost"]! > 0);
            Assert.True(Time(plan["startAt"]) >= Time(plan["stopAt"]));
            Assert.True(Time(plan["estimatedFinishAt"]) <= new DateTimeOffset(2024, 11, 7, 7, 0, 0, TimeSpan.Zero));
            Assert.Null(plan["endedAt"]);
            Assert.Equal(plan.ToJsonString(), (await http.GetAsync($"/vehicles/{vehicle.Id}/smart-charging-plans/{plan["id"]}")).Body!.ToJsonString());

            var status = (await http.GetAsync($"/vehicles/{vehicle.Id}/smart-charging-status")).Body!;
            SpecShape.AssertMatches("GET", "/vehicles/{vehicleId}/smart-charging-status", 200, status);
            Assert.StartsWith("PLAN:EXECUTING:", (string)status["state"]!);
            Assert.Equal((string)plan["id"]!, (string)status["plan"]!["id"]!);

            clock.Advance(Time(plan["estimatedFinishAt"]) - clock.UtcNow + TimeSpan.FromMinutes(1));
            var finished = (await http.GetAsync($"/vehicles/{vehicle.Id}/smart-charging-plans/latest")).Body!;
            Assert.Equal("PLAN:ENDED:FINISHED", (string)finished["finalState"]!);
            Assert.Equal((string)finished["estimatedFinishAt"]!, (string)finished["endedAt"]!);
            var after = (await http.GetAsync($"/vehicles/{vehicle.Id}/smart-charging-status")).Body!;
            Assert.Equal("FULLY_CHARGED", (string)after["state"]!);
            Assert.Equal(80, (double)(await http.GetAsync("/vehicles/" + vehicle.Id)).Body!["chargeState"]!["batteryLevel"]!);
            Assert.Contains(host.Emulator.State.Events.Recent, e => e.Name == "user:vehicle:smart-charging-status-updated"
                && (string)e.Payload["smartChargingStatus"]!["state"]! == "FULLY_CHARGED");
        }

        [Fact]
        public async Task Disabling_ends_the_plan_and_the_status_says_disabled()
        {
            using var host = new LoopbackEmulator(new EmulatorOptions { Clock = new ManualEmulatorClock(Evening) });
            using var http = new RawHttp(host);
            var vehicle = PluggedIn(host);
            await http.SendAsync(HttpMethod.Put, $"/vehicles/{vehicle.Id}/smart-charging-policy", "{\"isEnabled\":true,\"deadline\":\"07:00\"}");

            await http.SendAsync(HttpMethod.Put, $"/vehicles/{vehicle.Id}/smart-charging-policy", "{\"isEnabled\":false}");

            var plan = (await http.GetAsync($"/vehicles/{vehicle.Id}/smart-charging-plans/latest")).Body!;
            Assert.Equal("PLAN:ENDED:DISABLED", (string)plan["finalState"]!);
            var status = (await http.GetAsync($"/vehicles/{vehicle.Id}/smart-charging-status")).Body!;
            Assert.Equal("DISABLED", (string)status["state"]!);
            Assert.Null(status["plan"]);
            Assert.False((bool)vehicle.Body["smartChargingPolicy"]!["isEnabled"]!);
        }

        [Fact]
        public async Task A_smart_override_starts_once_shows_in_the_status_and_ends_once()
        {
            using var host = new LoopbackEmulator(new EmulatorOptions { Clock = new ManualEmulatorClock(Evening) });
            using var http = new RawHttp(host);
            var vehicle = PluggedIn(host);
            await http.SendAsync(HttpMethod.Put, $"/vehicles/{vehicle.Id}/smart-charging-policy", "{\"isEnabled\":true,\"deadline\":\"07:00\"}");

            var (status, started, _) = await http.SendAsync(HttpMethod.Post, $"/vehicles/{vehicle.Id}/smart-override");
            Assert.Equal(200, status);
            SpecShape.AssertMatches("POST", "/vehicles/{vehicleId}/smart-override", 200, started!);
            Assert.Equal(("vehicle", vehicle.Id, vehicle.UserId), ((string)started!["targetType"]!, (string)started["targetId"]!, (string?)started["userId"]));
            Assert.Null(started["endedAt"]);
            Assert.Null(started["vendorActionId"]); // already charging: nothing to start
            Assert.Equal(started.ToJsonString(), (await http.SendAsync(HttpMethod.Post, $"/vehicles/{vehicle.Id}/smart-override")).Body!.ToJsonString());

            var overridden = (await http.GetAsync($"/vehicles/{vehicle.Id}/smart-charging-status")).Body!;
            Assert.Equal("PLAN:EXECUTING:OVERRIDDEN", (string)overridden["state"]!);
            Assert.Equal((string)started["createdAt"]!, (string)overridden["smartOverride"]!["createdAt"]!);

            var ended = await http.SendAsync(HttpMethod.Delete, $"/vehicles/{vehicle.Id}/smart-override");
            Assert.Equal(200, ended.Status);
            SpecShape.AssertMatches("DELETE", "/vehicles/{vehicleId}/smart-override", 200, ended.Body!);
            Assert.NotNull(ended.Body!["endedAt"]);
            var again = await http.SendAsync(HttpMethod.Delete, $"/vehicles/{vehicle.Id}/smart-override");
            Assert.Equal(404, again.Status);
            Assert.Equal("No Smart Override Exists", (string)again.Body!["title"]!);
        }

        /// <summary>
        /// An override of a vehicle that waits to charge starts charging through an action, whose id it carries as
        /// vendorActionId: the action the vehicle action endpoint answers, PENDING, then CONFIRMED with the vehicle charging.
        /// </summary>
        [Fact]
        public async Task An_override_of_a_waiting_vehicle_starts_charging_through_the_action_it_names()
        {
            using var host = new ActionHost();
            var vehicle = host.Device(DeviceKind.Vehicle);
            host.Change(vehicle, body =>
            {
                var charge = body["chargeState"]!;
                charge["isPluggedIn"] = true;
                charge["isCharging"] = false;
                charge["isFullyCharged"] = false;
                charge["batteryLevel"] = 40;
                charge["chargeLimit"] = 80;
            });

            var (status, started, _) = await host.Post($"/vehicles/{vehicle.Id}/smart-override");

            Assert.Equal(200, status);
            var actionId = (string?)started!["vendorActionId"];
            Assert.NotNull(actionId);
            var action = await host.ActionAsync("vehicles", actionId!);
            Assert.Equal(("START", "PENDING", vehicle.Id), ((string?)action["kind"], (string?)action["state"], (string?)action["targetId"]));
            var again = (await host.Post($"/vehicles/{vehicle.Id}/smart-override")).Body!;
            Assert.Equal(actionId, (string?)again["vendorActionId"]);
            Assert.Single(host.Emulator.State.Actions.All, a => (string?)a.Body["targetId"] == vehicle.Id);

            host.Advance(host.Delay);
            Assert.Equal("CONFIRMED", (string?)(await host.ActionAsync("vehicles", actionId!))["state"]);
            Assert.Equal(true, (bool?)(await host.Http.GetAsync($"/vehicles/{vehicle.Id}")).Body!["chargeState"]!["isCharging"]);
        }

        [Fact]
        public async Task An_override_of_an_unplugged_vehicle_names_no_action()
        {
            using var host = new ActionHost();
            var vehicle = host.Device(DeviceKind.Vehicle);
            host.Change(vehicle, body => body["chargeState"]!["isPluggedIn"] = false);

            var started = (await host.Post($"/vehicles/{vehicle.Id}/smart-override")).Body!;

            Assert.Null(started["vendorActionId"]);
            Assert.DoesNotContain(host.Emulator.State.Actions.All, a => (string?)a.Body["targetId"] == vehicle.Id);
        }

        [Theory]
        [InlineData("GET", "/vehicles/nope/smart-charging-policy")]
        [InlineData("PUT", "/vehicles/nope/smart-charging-policy")]
        [InlineData("GET", "/vehicles/nope/smart-charging-plans/latest")]
        [InlineData("GET", "/vehicles/nope/smart-charging-status")]
        [InlineData("POST", "/vehicles/nope/smart-override")]
        [InlineData("DELETE", "/vehicles/nope/smart-override")]
        public async Task An_unknown_vehicle_is_a_404(string method, string path)
        {
            using var host = new LoopbackEmulator();
            using var http = new RawHttp(host);
            var (status, body, _) = await http.SendAsync(new HttpMethod(method), path, method == "PUT" ? "{}" : null);
            Assert.Equal(404, status);
            Assert.Equal("The specified vehicle was not found.", (string)body!["detail"]!);
        }

        [Fact]
        public async Task A_vehicle_without_plans_has_no_latest_plan()
        {
            using var host = new LoopbackEmulator();
            using var http = new RawHttp(host);
            var id = host.Emulator.State.Vehicles.All[0].Id;
            Assert.Equal(404, (await http.GetAsync($"/vehicles/{id}/smart-charging-plans/latest")).Status);
            Assert.Equal(404, (await http.GetAsync($"/vehicles/{id}/smart-charging-plans/{Guid.NewGuid()}")).Status);
        }
    }
}
