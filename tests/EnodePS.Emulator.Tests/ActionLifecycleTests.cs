using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using EnodePS.Emulator.Actions;
using EnodePS.Emulator.State;
using EnodePS.Emulator.Tests.Support;

namespace EnodePS.Emulator.Tests
{
    /// <summary>Actions from PENDING to CONFIRMED, FAILED or CANCELLED, on a manual clock.</summary>
    public class ActionLifecycleTests
    {
        [Fact]
        public async Task Start_charging_is_pending_then_confirmed_after_the_delay_with_the_vehicle_charging()
        {
            using var host = new ActionHost();
            var vehicle = host.Device(DeviceKind.Vehicle);

            var (status, body, _) = await host.Post($"/vehicles/{vehicle.Id}/charging", new JsonObject { ["action"] = "START" });

            Assert.Equal(200, status);
            DocumentedFields.AssertPresent(body, "POST /vehicles/{vehicleId}/charging");
            Assert.Equal("PENDING", (string?)body!["state"]);
            Assert.Equal("START", (string?)body["kind"]);
            Assert.Equal(vehicle.Id, (string?)body["targetId"]);
            Assert.Equal("vehicle", (string?)body["targetType"]);
            Assert.Equal(vehicle.UserId, (string?)body["userId"]);
            Assert.Null(body["completedAt"]);
            Assert.Null(body["failureReason"]);
            var id = (string)body["id"]!;

            host.Advance(host.Delay - TimeSpan.FromMilliseconds(1));
            Assert.Equal("PENDING", (string?)(await host.ActionAsync("vehicles", id))["state"]);
            Assert.Equal(false, (bool?)vehicle.Body["chargeState"]!["isCharging"]);

            host.Advance(TimeSpan.FromMilliseconds(1));
            var confirmed = await host.ActionAsync("vehicles", id);
            DocumentedFields.AssertPresent(confirmed, "GET /vehicles/actions/{actionId}");
            Assert.Equal("CONFIRMED", (string?)confirmed["state"]);
            Assert.Equal(VehicleFactory.Iso(host.Clock.UtcNow), (string?)confirmed["completedAt"]);
            Assert.Equal(VehicleFactory.Iso(host.Clock.UtcNow), (string?)confirmed["updatedAt"]);
            Assert.Equal(VehicleFactory.Iso(ActionHost.Start), (string?)confirmed["createdAt"]);
            Assert.Equal(true, (bool?)vehicle.Body["chargeState"]!["isCharging"]);
            Assert.Equal("PLUGGED_IN:CHARGING", (string?)vehicle.Body["chargeState"]!["powerDeliveryState"]);
            Assert.NotNull(vehicle.Body["chargeState"]!["chargeRate"]);

            var actionEvent = Assert.Single(host.Events("user:vendor-action:updated"));
            Assert.Equal(id, (string?)actionEvent.Payload["vendorAction"]!["id"]);
            Assert.Equal("CONFIRMED", (string?)actionEvent.Payload["vendorAction"]!["state"]);
            Assert.Equal(vehicle.UserId, (string?)actionEvent.Payload["user"]!["id"]);
            Assert.Contains("state", actionEvent.Payload["updatedFields"]!.AsArray().Select(f => (string?)f));
            var deviceEvent = Assert.Single(host.Events("user:vehicle:updated"));
            Assert.Equal(vehicle.Id, (string?)deviceEvent.Payload["vehicle"]!["id"]);
            Assert.Contains("chargeState.isCharging", deviceEvent.Payload["updatedFields"]!.AsArray().Select(f => (string?)f));
        }

        [Fact]
        public async Task Stop_charging_a_charger_stops_it()
        {
            using var host = new ActionHost();
            var charger = host.Device(DeviceKind.Charger);
            host.Change(charger, c => { c["chargeState"]!["isCharging"] = true; c["chargeState"]!["powerDeliveryState"] = "PLUGGED_IN:CHARGING"; c["chargeState"]!["chargeRate"] = 11.0; });

            var (status, body, _) = await host.Post($"/chargers/{charger.Id}/charging", new JsonObject { ["action"] = "STOP" });
            host.Advance(host.Delay);

            Assert.Equal(200, status);
            DocumentedFields.AssertPresent(body, "POST /chargers/{chargerId}/charging");
            var action = await host.ActionAsync("chargers", (string)body!["id"]!);
            DocumentedFields.AssertPresent(action, "GET /chargers/actions/{actionId}");
            Assert.Equal("CONFIRMED", (string?)action["state"]);
            Assert.Equal("charger", (string?)action["targetType"]);
            Assert.Equal(false, (bool?)charger.Body["chargeState"]!["isCharging"]);
            Assert.Equal("PLUGGED_IN:STOPPED", (string?)charger.Body["chargeState"]!["powerDeliveryState"]);
            Assert.Null(charger.Body["chargeState"]!["chargeRate"]);
            Assert.Single(host.Events("user:charger:updated"));
        }

        [Theory]
        [InlineData("vehicles", "START", "charging", "UNNECESSARY")]
        [InlineData("vehicles", "START", "unplugged", "FAILED_PRECONDITION")]
        [InlineData("vehicles", "START", "full", "FAILED_PRECONDITION")]
        [InlineData("vehicles", "STOP", "stopped", "UNNECESSARY")]
        [InlineData("chargers", "START", "charging", "UNNECESSARY")]
        [InlineData("chargers", "START", "unplugged", "FAILED_PRECONDITION")]
        [InlineData("chargers", "STOP", "stopped", "UNNECESSARY")]
        public async Task A_charging_request_whose_precondition_fails_is_cancelled_at_once(string collection, string action, string situation, string reason)
        {
            using var host = new ActionHost();
            var kind = DeviceKind.All.Single(k => k.Collection == collection);
            var device = host.Device(kind);
            host.Change(device, d =>
            {
                var state = d["chargeState"]!;
                if (situation == "charging") state["isCharging"] = true;
                if (situation == "unplugged") { state["isPluggedIn"] = false; state["powerDeliveryState"] = "UNPLUGGED"; }
                if (situation == "full") { state["batteryLevel"] = 80; state["isFullyCharged"] = true; }
            });

            var (status, body, _) = await host.Post($"/{collection}/{device.Id}/charging", new JsonObject { ["action"] = action });

            Assert.Equal(200, status);
            Assert.Equal("CANCELLED", (string?)body!["state"]);
            Assert.Equal(reason, (string?)body["failureReason"]!["type"]);
            Assert.False(string.IsNullOrEmpty((string?)body["failureReason"]!["detail"]));
            Assert.Equal(VehicleFactory.Iso(ActionHost.Start), (string?)body["completedAt"]);
            Assert.Equal(0, host.Emulator.State.Scheduler.PendingCount);
        }

        [Fact]
        public async Task The_other_controls_are_cancelled_at_once_when_the_device_is_already_so()
        {
            using var host = new ActionHost();
            var hvac = host.Device(DeviceKind.Hvac);
            var battery = host.Device(DeviceKind.Battery);
            var charger = host.Device(DeviceKind.Charger);
            host.Change(hvac, h => h["thermostatState"]!["holdType"] = "SCHEDULED");

            var schedule = (await host.Post($"/hvacs/{hvac.Id}/follow-schedule")).Body!;
            var mode = (await host.Post($"/batteries/{battery.Id}/operation-mode", new JsonObject { ["operationMode"] = "SELF_RELIANCE" })).Body!;
            var current = (await host.Post($"/chargers/{charger.Id}/max-current", new JsonObject { ["maxCurrent"] = 32 })).Body!;
            var limit = (await host.Post($"/chargers/{charger.Id}/charge-rate-limit", new JsonObject { ["chargeRateLimit"] = 22 })).Body!;

            foreach (var action in new[] { schedule, mode, current, limit })
            {
                Assert.Equal("CANCELLED", (string?)action["state"]);
                Assert.Equal("UNNECESSARY", (string?)action["failureReason"]!["type"]);
            }
        }

        [Fact]
        public async Task A_newer_action_on_the_same_device_cancels_the_pending_one_with_a_conflict()
        {
            using var host = new ActionHost();
            var charger = host.Device(DeviceKind.Charger);

            var first = (await host.Post($"/chargers/{charger.Id}/max-current", new JsonObject { ["maxCurrent"] = 20 })).Body!;
            var second = (await host.Post($"/chargers/{charger.Id}/max-current", new JsonObject { ["maxCurrent"] = 24 })).Body!;

            var older = await host.ActionAsync("chargers", (string)first["id"]!);
            Assert.Equal("CANCELLED", (string?)older["state"]);
            Assert.Equal("CONFLICT", (string?)older["failureReason"]!["type"]);
            Assert.Contains((string)second["id"]!, (string?)older["failureReason"]!["detail"]);
            Assert.Equal("PENDING", (string?)second["state"]);

            host.Advance(host.Delay);

            Assert.Equal("CONFIRMED", (string?)(await host.ActionAsync("chargers", (string)second["id"]!))["state"]);
            Assert.Equal(24, (double?)JsonNumbers.Read(charger.Body["chargeState"]!["maxCurrent"]));
            Assert.Equal(new[] { "CANCELLED", "CONFIRMED" }, host.Events("user:vendor-action:updated").Select(e => (string?)e.Payload["vendorAction"]!["state"]));
        }

        [Fact]
        public async Task A_vehicle_given_the_same_request_again_gets_its_pending_action_back()
        {
            using var host = new ActionHost();
            var vehicle = host.Device(DeviceKind.Vehicle);

            var first = (await host.Post($"/vehicles/{vehicle.Id}/charging", new JsonObject { ["action"] = "START" })).Body!;
            var again = (await host.Post($"/vehicles/{vehicle.Id}/charging", new JsonObject { ["action"] = "START" })).Body!;

            Assert.Equal((string?)first["id"], (string?)again["id"]);
            Assert.Equal("PENDING", (string?)again["state"]);
            Assert.Single(host.Emulator.State.Actions.All);
        }

        [Fact]
        public async Task An_unreachable_device_leaves_the_action_pending_until_it_fails_with_no_response()
        {
            using var host = new ActionHost();
            var battery = host.Device(DeviceKind.Battery);
            host.Change(battery, b => b["isReachable"] = false);

            var id = (string)(await host.Post($"/batteries/{battery.Id}/operation-mode", new JsonObject { ["operationMode"] = "IDLE" })).Body!["id"]!;
            host.Advance(TimeSpan.FromMinutes(29));
            Assert.Equal("PENDING", (string?)(await host.ActionAsync("batteries", id))["state"]);

            host.Advance(TimeSpan.FromMinutes(1));

            var failed = await host.ActionAsync("batteries", id);
            DocumentedFields.AssertPresent(failed, "GET /batteries/actions/{actionId}");
            Assert.Equal("FAILED", (string?)failed["state"]);
            Assert.Equal("NO_RESPONSE", (string?)failed["failureReason"]!["type"]);
            Assert.Equal("SELF_RELIANCE", (string?)battery.Body["config"]!["operationMode"]);
            Assert.Equal(0, host.Emulator.State.Scheduler.PendingCount);
        }

        [Fact]
        public async Task The_timeout_is_configurable_and_a_device_that_comes_back_is_retried()
        {
            using var host = new ActionHost(o => o.ActionTimeout = TimeSpan.FromMinutes(5));
            var vehicle = host.Device(DeviceKind.Vehicle);
            var other = host.Device(DeviceKind.Vehicle, 1);
            host.Change(vehicle, v => v["isReachable"] = false);
            host.Change(other, v => v["isReachable"] = false);

            var comesBack = (string)(await host.Post($"/vehicles/{vehicle.Id}/charging", new JsonObject { ["action"] = "START" })).Body!["id"]!;
            var staysAway = (string)(await host.Post($"/vehicles/{other.Id}/charging", new JsonObject { ["action"] = "START" })).Body!["id"]!;
            host.Advance(TimeSpan.FromMinutes(2));
            host.Change(vehicle, v => v["isReachable"] = true);
            host.Advance(ActionEngine.RetryInterval);

            Assert.Equal("CONFIRMED", (string?)(await host.ActionAsync("vehicles", comesBack))["state"]);
            Assert.Equal("PENDING", (string?)(await host.ActionAsync("vehicles", staysAway))["state"]);
            host.Advance(TimeSpan.FromMinutes(2));
            Assert.Equal("FAILED", (string?)(await host.ActionAsync("vehicles", staysAway))["state"]);
        }

        [Fact]
        public async Task A_precondition_lost_while_pending_cancels_the_action()
        {
            using var host = new ActionHost();
            var vehicle = host.Device(DeviceKind.Vehicle);
            var id = (string)(await host.Post($"/vehicles/{vehicle.Id}/charging", new JsonObject { ["action"] = "START" })).Body!["id"]!;

            host.Change(vehicle, v => v["chargeState"]!["isPluggedIn"] = false);
            host.Advance(host.Delay);

            var action = await host.ActionAsync("vehicles", id);
            Assert.Equal("CANCELLED", (string?)action["state"]);
            Assert.Equal("FAILED_PRECONDITION", (string?)action["failureReason"]!["type"]);
        }

        [Fact]
        public async Task A_device_deleted_while_pending_cancels_the_action_with_not_found()
        {
            using var host = new ActionHost();
            var charger = host.Device(DeviceKind.Charger);
            var id = (string)(await host.Post($"/chargers/{charger.Id}/charging", new JsonObject { ["action"] = "START" })).Body!["id"]!;

            lock (host.Emulator.State.Gate) host.Emulator.State.Chargers.Remove(charger.Id);
            host.Advance(host.Delay);

            Assert.Equal("NOT_FOUND", (string?)(await host.ActionAsync("chargers", id))["failureReason"]!["type"]);
        }

        [Fact]
        public async Task Cancel_resolves_a_pending_action_once_and_answers_409_with_the_action_after()
        {
            using var host = new ActionHost();
            var hvac = host.Device(DeviceKind.Hvac);
            var id = (string)(await host.Post($"/hvacs/{hvac.Id}/permanent-hold", new JsonObject { ["mode"] = "COOL", ["coolSetpoint"] = 22 })).Body!["id"]!;

            var (status, body, _) = await host.Post($"/hvacs/actions/{id}/cancel");
            var (again, resolved, _) = await host.Post($"/hvacs/actions/{id}/cancel");
            host.Advance(host.Delay);

            Assert.Equal(200, status);
            DocumentedFields.AssertPresent(body, "POST /hvacs/actions/{actionId}/cancel");
            Assert.Equal("CANCELLED", (string?)body!["state"]);
            Assert.Equal("REQUESTED_CANCELLATION", (string?)body["failureReason"]!["type"]);
            Assert.Equal(409, again);
            DocumentedFields.AssertPresent(resolved, "POST /hvacs/actions/{actionId}/cancel", 409);
            Assert.Equal(id, (string?)resolved!["id"]);
            Assert.Equal("HEAT", (string?)hvac.Body["thermostatState"]!["mode"]);
            Assert.Equal(404, (await host.Post("/hvacs/actions/00000000-0000-4000-8000-000000000000/cancel")).Status);
        }

        [Fact]
        public async Task An_action_is_found_only_under_its_own_device_collection()
        {
            using var host = new ActionHost();
            var vehicle = host.Device(DeviceKind.Vehicle);
            var id = (string)(await host.Post($"/vehicles/{vehicle.Id}/charging", new JsonObject { ["action"] = "START" })).Body!["id"]!;

            Assert.Equal(200, (await host.Http.GetAsync($"/vehicles/actions/{id}")).Status);
            Assert.Equal(404, (await host.Http.GetAsync($"/chargers/actions/{id}")).Status);
            Assert.Equal(404, (await host.Post($"/batteries/actions/{id}/cancel")).Status);
        }

        [Fact]
        public async Task A_permanent_hold_and_a_return_to_the_schedule_change_the_thermostat()
        {
            using var host = new ActionHost();
            var hvac = host.Device(DeviceKind.Hvac);

            var hold = (await host.Post($"/hvacs/{hvac.Id}/permanent-hold", new JsonObject { ["mode"] = "AUTO", ["heatSetpoint"] = 19, ["coolSetpoint"] = 24 })).Body!;
            host.Advance(host.Delay);
            var thermostat = hvac.Body["thermostatState"]!;
            Assert.Equal("AUTO", (string?)thermostat["mode"]);
            Assert.Equal(19, JsonNumbers.Read(thermostat["heatSetpoint"]));
            Assert.Equal(24, JsonNumbers.Read(thermostat["coolSetpoint"]));
            Assert.Equal("PERMANENT", (string?)thermostat["holdType"]);
            Assert.Equal("PERMANENT", (string?)hold["target"]!["holdType"]);
            Assert.Equal(19, JsonNumbers.Read(hold["target"]!["heatSetpoint"]));

            var follow = (await host.Post($"/hvacs/{hvac.Id}/follow-schedule")).Body!;
            DocumentedFields.AssertPresent(follow, "POST /hvacs/{hvacId}/follow-schedule");
            host.Advance(host.Delay);
            Assert.Equal("SCHEDULED", (string?)thermostat["holdType"]);
            Assert.Equal("CONFIRMED", (string?)(await host.ActionAsync("hvacs", (string)follow["id"]!))["state"]);
            Assert.Equal(2, host.Events("user:hvac:updated").Length);
        }

        [Fact]
        public async Task The_vendor_action_event_of_a_cool_hold_has_every_field_the_webhook_reference_lists()
        {
            using var host = new ActionHost();
            var hvac = host.Device(DeviceKind.Hvac);
            var (_, hold, _) = await host.Post($"/hvacs/{hvac.Id}/permanent-hold", new JsonObject { ["mode"] = "COOL", ["coolSetpoint"] = 22 });
            DocumentedFields.AssertPresent(hold, "POST /hvacs/{hvacId}/permanent-hold");
            host.Advance(host.Delay);

            var payload = Assert.Single(host.Events("user:vendor-action:updated")).Payload;

            // createdAt, version and event are the delivery envelope's, added when a webhook is sent.
            var documented = WebhookEventFields.Of("user:vendor-action:updated").Where(f => f != "createdAt" && f != "version" && f != "event");
            foreach (var field in documented)
            {
                JsonNode? node = payload;
                foreach (var segment in field.Split('.'))
                {
                    Assert.True(node is JsonObject o && o.ContainsKey(segment), $"The event lacks {field}: {payload.ToJsonString()}");
                    node = node![segment];
                    if (node == null) break; // a null object (failureReason of a confirmed action) has no children
                }
            }
        }

        [Fact]
        public async Task Operation_mode_charge_rate_limit_and_vehicle_max_current_are_applied()
        {
            using var host = new ActionHost();
            var battery = host.Device(DeviceKind.Battery);
            var charger = host.Device(DeviceKind.Charger);
            var vehicle = host.Device(DeviceKind.Vehicle);

            var mode = (await host.Post($"/batteries/{battery.Id}/operation-mode", new JsonObject { ["operationMode"] = "IMPORT_FOCUS" })).Body!;
            var limit = (await host.Post($"/chargers/{charger.Id}/charge-rate-limit", new JsonObject { ["chargeRateLimit"] = 7.2 })).Body!;
            var current = (await host.Post($"/vehicles/{vehicle.Id}/max-current", new JsonObject { ["maxCurrent"] = 10 })).Body!;
            DocumentedFields.AssertPresent(mode, "POST /batteries/{batteryId}/operation-mode");
            DocumentedFields.AssertPresent(limit, "POST /chargers/{chargerId}/charge-rate-limit");
            DocumentedFields.AssertPresent(current, "POST /vehicles/{vehicleId}/max-current");
            host.Advance(host.Delay);

            Assert.Equal("IMPORT_FOCUS", (string?)battery.Body["config"]!["operationMode"]);
            Assert.Equal(7.2, JsonNumbers.Read(charger.Body["chargeState"]!["chargeRateLimit"]));
            Assert.Equal(10, JsonNumbers.Read(charger.Body["chargeState"]!["maxCurrent"])); // 7.2 kW over three phases
            Assert.Equal(10, JsonNumbers.Read(vehicle.Body["chargeState"]!["maxCurrent"]));
            Assert.Equal("IMPORT_FOCUS", (string?)(await host.ActionAsync("batteries", (string)mode["id"]!))["targetState"]!["operationMode"]);
            Assert.Equal(3, host.Events("user:vendor-action:updated").Count(e => (string?)e.Payload["vendorAction"]!["state"] == "CONFIRMED"));
        }
    }
}
