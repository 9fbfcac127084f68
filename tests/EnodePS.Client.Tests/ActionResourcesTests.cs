using System;
using System.Linq;
using System.Threading.Tasks;
using EnodePS.Client.Errors;
using EnodePS.Client.Models;
using EnodePS.Client.Tests.Support;
using EnodePS.Emulator;
using EnodePS.Emulator.Actions;
using EnodePS.Emulator.Routing;
using EnodePS.Emulator.Time;
using EnodePS.Tests.Shared;
using Record = EnodePS.Emulator.State.Record;

namespace EnodePS.Client.Tests
{
    /// <summary>The control calls of every device and the actions resource, over loopback against the emulator.</summary>
    public sealed class ActionResourcesTests : IDisposable
    {
        private readonly ManualEmulatorClock _clock = new ManualEmulatorClock(new DateTimeOffset(2024, 11, 20, 12, 0, 0, TimeSpan.Zero));
        private readonly LoopbackEmulator _host;
        private readonly EnodeClient _client;

        public ActionResourcesTests()
        {
            _host = new LoopbackEmulator(new EmulatorOptions { Clock = _clock, VehicleCount = 4, ChargerCount = 4, HvacCount = 4, BatteryCount = 4 });
            _client = ClientFactory.For(_host);
        }

        public void Dispose()
        {
            _client.Dispose();
            _host.Dispose();
        }

        private EnodeEmulator Emulator => _host.Emulator;

        private Record Controllable(DeviceKind kind, int index = 0)
        {
            lock (Emulator.State.Gate)
            {
                var device = kind.Table(Emulator.State).All[index];
                ControllableDevice.Prepare(kind, device.Body);
                return device;
            }
        }

        private RecordedRequest Last(string operation) => Emulator.Journal.Snapshot().Last(r => r.Operation == operation);

        private int Sent(string operation) => Emulator.Journal.Snapshot().Count(r => r.Operation == operation);

        [Fact]
        public async Task Start_charging_a_vehicle_returns_the_pending_action_which_reads_confirmed_after_the_delay()
        {
            var vehicle = Controllable(DeviceKind.Vehicle);

            var action = await _client.Vehicles.ControlChargingAsync(vehicle.Id, "start");

            Assert.Equal("{\"action\":\"START\"}", Last("POST /vehicles/{vehicleId}/charging").Body);
            Assert.Equal(ActionStates.Pending, action.State);
            Assert.Equal("START", action.Kind);
            Assert.Equal(vehicle.Id, action.TargetId);
            Assert.Equal("vehicle", action.TargetType);
            Assert.Equal(vehicle.UserId, action.UserId);
            Assert.Null(action.CompletedAt);
            Assert.False(action.IsResolved);

            _clock.Advance(Emulator.Options.ActionDelay);
            var confirmed = await _client.Actions.GetAsync("vehicle", action.Id);

            Assert.Equal(ActionStates.Confirmed, confirmed.State);
            Assert.Equal(_clock.UtcNow, confirmed.CompletedAt);
            Assert.True(confirmed.IsResolved);
            Assert.Null(confirmed.FailureReason);
        }

        [Fact]
        public async Task Every_control_call_sends_the_references_path_and_body_and_reads_the_action()
        {
            var vehicle = Controllable(DeviceKind.Vehicle);
            var charger = Controllable(DeviceKind.Charger);
            var hvac = Controllable(DeviceKind.Hvac);
            var battery = Controllable(DeviceKind.Battery);

            var vehicleCurrent = await _client.Vehicles.SetMaxCurrentAsync(vehicle.Id, 10);
            var chargerStart = await _client.Chargers.ControlChargingAsync(charger.Id, "START");
            var chargerCurrent = await _client.Chargers.SetMaxCurrentAsync(charger.Id, 16.5);
            var limit = await _client.Chargers.SetChargeRateLimitAsync(charger.Id, 7.4);
            var cool = await _client.Hvacs.SetPermanentHoldAsync(hvac.Id, new HvacHold("cool", coolSetpoint: 22));
            var auto = await _client.Hvacs.SetPermanentHoldAsync(hvac.Id, new HvacHold("AUTO", 19, 24));
            var follow = await _client.Hvacs.FollowScheduleAsync(hvac.Id);
            var mode = await _client.Batteries.SetOperationModeAsync(battery.Id, "time of use");

            var bodies = Emulator.Journal.Snapshot().Where(r => r.Method != "GET" && r.Operation != "POST /oauth2/token")
                .Select(r => r.Operation + " " + r.Body).ToList();
            Assert.Equal(new[]
            {
                "POST /vehicles/{vehicleId}/max-current {\"maxCurrent\":10}",
                "POST /chargers/{chargerId}/charging {\"action\":\"START\"}",
                "POST /chargers/{chargerId}/max-current {\"maxCurrent\":16.5}",
                "POST /chargers/{chargerId}/charge-rate-limit {\"chargeRateLimit\":7.4}",
                "POST /hvacs/{hvacId}/permanent-hold {\"mode\":\"COOL\",\"coolSetpoint\":22}",
                "POST /hvacs/{hvacId}/permanent-hold {\"mode\":\"AUTO\",\"heatSetpoint\":19,\"coolSetpoint\":24}",
                "POST /hvacs/{hvacId}/follow-schedule ",
                "POST /batteries/{batteryId}/operation-mode {\"operationMode\":\"TIME_OF_USE\"}",
            }, bodies.Where(b => !b.StartsWith("POST /oauth", StringComparison.Ordinal)));

            Assert.Equal(10, vehicleCurrent.TargetState!.MaxCurrent);
            Assert.Equal("START", chargerStart.Kind);
            Assert.Equal(16.5, chargerCurrent.TargetState!.MaxCurrent);
            Assert.Equal(7.4, limit.TargetState!.ChargeRateLimit);
            Assert.Equal("COOL", cool.Target!.Mode);
            Assert.Equal(22, cool.Target.CoolSetpoint);
            Assert.Equal("PERMANENT", cool.Target.HoldType);
            Assert.Equal(19, auto.Target!.HeatSetpoint);
            Assert.Equal("SCHEDULED", follow.Target!.HoldType);
            Assert.Equal("TIME_OF_USE", mode.TargetState!.OperationMode);
            Assert.Equal("battery", mode.TargetType);
            // each newer action on the same device cancelled the one before it
            Assert.Equal(ActionStates.Cancelled, (await _client.Actions.GetAsync("charger", chargerStart.Id)).State);
            Assert.Equal("CONFLICT", (await _client.Actions.GetAsync("hvac", cool.Id)).FailureReason!.Type);
        }

        [Fact]
        public async Task Setting_a_location_returns_the_device_and_null_clears_it()
        {
            var charger = Controllable(DeviceKind.Charger);
            var hvac = Controllable(DeviceKind.Hvac);
            var locationId = Guid.NewGuid().ToString();
            lock (Emulator.State.Gate)
                Emulator.State.Locations.Add(new Record(locationId, hvac.UserId, _clock.UtcNow, new System.Text.Json.Nodes.JsonObject { ["id"] = locationId }));

            var placed = await _client.Hvacs.SetLocationAsync(hvac.Id, locationId);
            var cleared = await _client.Chargers.SetLocationAsync(charger.Id, null);

            Assert.Equal(locationId, placed.Location.Id);
            Assert.Equal(hvac.Id, placed.Id);
            Assert.Null(cleared.Location.Id);
            Assert.Equal("{\"locationId\":null}", Last("PUT /chargers/{chargerId}").Body);
            Assert.Equal("{\"locationId\":\"" + locationId + "\"}", Last("PUT /hvacs/{hvacId}").Body);
        }

        [Fact]
        public async Task Values_outside_what_the_reference_allows_are_refused_before_sending()
        {
            var vehicle = Controllable(DeviceKind.Vehicle);
            var before = Emulator.RequestCount;

            var current = await Assert.ThrowsAsync<EnodePS.Client.Validation.EnodeValidationException>(() => _client.Vehicles.SetMaxCurrentAsync(vehicle.Id, 7400));
            var action = await Assert.ThrowsAsync<ArgumentException>(() => _client.Chargers.ControlChargingAsync("c", "GO"));
            var mode = await Assert.ThrowsAsync<ArgumentException>(() => _client.Batteries.SetOperationModeAsync("b", "BOOST"));
            var limit = await Assert.ThrowsAsync<ArgumentException>(() => _client.Chargers.SetChargeRateLimitAsync("c", 0));
            var type = await Assert.ThrowsAsync<ArgumentException>(() => _client.Actions.GetAsync("meter", "a"));
            var device = await Assert.ThrowsAsync<ArgumentException>(() => _client.Devices.ControlChargingAsync("hvac", "h", "START"));

            Assert.Equal("maxCurrent", current.ParamName);
            Assert.Contains("a current from 1 to 80 amperes", current.Message);
            Assert.Equal("action", action.ParamName);
            Assert.Contains("START, STOP", action.Message);
            Assert.Equal("operationMode", mode.ParamName);
            Assert.Contains("IMPORT_FOCUS, EXPORT_FOCUS, TIME_OF_USE, SELF_RELIANCE, IDLE", mode.Message);
            Assert.Equal("chargeRateLimit", limit.ParamName);
            Assert.Equal("targetType", type.ParamName);
            Assert.Contains("vehicle, charger, hvac, battery", type.Message);
            Assert.Equal("deviceType", device.ParamName);
            Assert.Equal(before, Emulator.RequestCount);
        }

        [Theory]
        [InlineData("HEAT", null, null, "heatSetpoint")]
        [InlineData("HEAT", 20.0, 24.0, "coolSetpoint")]
        [InlineData("COOL", null, null, "coolSetpoint")]
        [InlineData("AUTO", 22.0, 21.0, "coolSetpoint")]
        [InlineData("OFF", 20.0, null, "heatSetpoint")]
        [InlineData("DRY", null, null, "mode")]
        public void An_hvac_hold_must_carry_exactly_the_setpoints_its_mode_uses(string mode, double? heat, double? cool, string parameter)
        {
            var error = Assert.Throws<ArgumentException>(() => new HvacHold(mode, heat, cool));

            Assert.Equal(parameter, error.ParamName);
            Assert.Contains("Allowed values", error.Message);
        }

        [Fact]
        public async Task A_hold_or_limit_the_device_itself_cannot_take_is_refused_before_sending()
        {
            Controllable(DeviceKind.Hvac);
            Controllable(DeviceKind.Charger);
            var hvac = await _client.Hvacs.GetAsync(Emulator.State.Hvacs.All[0].Id);
            var charger = await _client.Chargers.GetAsync(Emulator.State.Chargers.All[0].Id);
            hvac.Capabilities.CapableModes = new System.Collections.Generic.List<string> { "OFF", "HEAT" };
            var before = Emulator.RequestCount;

            var notCapableMode = await Assert.ThrowsAsync<ArgumentException>(() => _client.Hvacs.SetPermanentHoldAsync(hvac, new HvacHold("COOL", coolSetpoint: 22)));
            var tooWarm = await Assert.ThrowsAsync<ArgumentException>(() => _client.Hvacs.SetPermanentHoldAsync(hvac, new HvacHold("HEAT", heatSetpoint: 35)));
            var tooHigh = await Assert.ThrowsAsync<ArgumentException>(() => _client.Chargers.SetChargeRateLimitAsync(charger, 50));

            Assert.Contains("OFF, HEAT", notCapableMode.Message);
            Assert.Equal("heatSetpoint", tooWarm.ParamName);
            Assert.Contains("5 to 30", tooWarm.Message);
            Assert.Equal("chargeRateLimit", tooHigh.ParamName);
            Assert.Contains("1.4 to 22 kW", tooHigh.Message);
            Assert.Equal(before, Emulator.RequestCount);
        }

        [Fact]
        public async Task A_capability_that_is_not_capable_is_explained_with_its_interventions_and_nothing_is_sent()
        {
            Controllable(DeviceKind.Vehicle);
            Controllable(DeviceKind.Battery);
            var vehicle = await _client.Vehicles.GetAsync(Emulator.State.Vehicles.All[0].Id);
            var battery = await _client.Batteries.GetAsync(Emulator.State.Batteries.All[0].Id);
            vehicle.Capabilities.StartCharging = new Capability { IsCapable = false, InterventionIds = { "i-1", "i-2" } };
            battery.Capabilities.ExportFocus = new Capability { IsCapable = false };
            var before = Emulator.RequestCount;

            var error = await Assert.ThrowsAsync<NotCapableException>(() => _client.Devices.ControlChargingAsync(vehicle, "START"));
            var mode = await Assert.ThrowsAsync<NotCapableException>(() => _client.Batteries.SetOperationModeAsync(battery, "EXPORT_FOCUS"));

            Assert.Equal("startCharging", error.Capability);
            Assert.Equal(new[] { "i-1", "i-2" }, error.InterventionIds);
            Assert.Equal(vehicle.Id, error.DeviceId);
            Assert.Contains("i-1, i-2", error.Message);
            Assert.Equal("exportFocus", mode.Capability);
            Assert.Null(DeviceCapabilities.Explain(vehicle, "stopCharging"));
            Assert.Equal("importFocus", DeviceCapabilities.ForOperationMode("import focus"));
            Assert.Equal(before, Emulator.RequestCount);
        }

        [Fact]
        public async Task Cancel_returns_the_cancelled_action_then_reports_that_it_is_already_resolved()
        {
            var battery = Controllable(DeviceKind.Battery);
            var action = await _client.Batteries.SetOperationModeAsync(battery.Id, "IDLE");

            var cancelled = await _client.Actions.CancelAsync("battery", action.Id);
            var again = await Assert.ThrowsAsync<ActionAlreadyResolvedException>(() => _client.Actions.CancelAsync("battery", action.Id));
            var missing = await Assert.ThrowsAsync<EnodeApiException>(() => _client.Actions.CancelAsync("battery", Guid.NewGuid().ToString()));

            Assert.Equal(ActionStates.Cancelled, cancelled.State);
            Assert.Equal("REQUESTED_CANCELLATION", cancelled.FailureReason!.Type);
            Assert.Equal(action.Id, again.Action.Id);
            Assert.Equal(ActionStates.Cancelled, again.Action.State);
            Assert.Equal(404, missing.StatusCode);
            Assert.Equal(3, Sent("POST /batteries/actions/{actionId}/cancel"));
        }

        [Fact]
        public async Task A_device_without_the_control_scope_answers_403_and_a_scheduled_one_422()
        {
            var charger = Controllable(DeviceKind.Charger);
            var vehicle = Controllable(DeviceKind.Vehicle);
            lock (Emulator.State.Gate)
            {
                charger.Body["scopes"] = new System.Text.Json.Nodes.JsonArray("charger:read:data");
                vehicle.Body["smartChargingPolicy"]!["isEnabled"] = true;
            }

            var forbidden = await Assert.ThrowsAsync<EnodeApiException>(() => _client.Chargers.ControlChargingAsync(charger.Id, "START"));
            var controlled = await Assert.ThrowsAsync<EnodeApiException>(() => _client.Vehicles.ControlChargingAsync(vehicle.Id, "START"));

            Assert.Equal(403, forbidden.StatusCode);
            Assert.Contains("charger:control:charging", forbidden.Detail);
            Assert.Equal(422, controlled.StatusCode);
        }
    }
}
