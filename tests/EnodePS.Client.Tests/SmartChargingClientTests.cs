using System;
using System.Threading.Tasks;
using EnodePS.Client.Errors;
using EnodePS.Client.Models;
using EnodePS.Client.Tests.Support;
using EnodePS.Client.Validation;
using EnodePS.Emulator;
using EnodePS.Emulator.Time;
using EnodePS.Tests.Shared;

namespace EnodePS.Client.Tests
{
    public class SmartChargingClientTests
    {
        private static EnodePS.Emulator.State.Record PluggedIn(LoopbackEmulator host)
        {
            var vehicle = host.Emulator.State.Vehicles.All[0];
            lock (host.Emulator.State.Gate)
            {
                var charge = vehicle.Body["chargeState"]!;
                charge["isPluggedIn"] = true;
                charge["isFullyCharged"] = false;
                charge["batteryLevel"] = 30;
                charge["chargeLimit"] = 90;
            }
            return vehicle;
        }

        [Fact]
        public async Task Policy_updates_send_only_the_fields_given_and_answer_the_whole_policy()
        {
            using var host = new LoopbackEmulator(new EmulatorOptions { Clock = new ManualEmulatorClock(new DateTimeOffset(2024, 11, 6, 18, 0, 0, TimeSpan.Zero)) });
            using var client = ClientFactory.For(host);
            var vehicle = PluggedIn(host);

            var policy = await client.SmartCharging.UpdatePolicyAsync(vehicle.Id, new SmartChargingPolicyUpdate { IsEnabled = true, Deadline = "7:30" });

            Assert.Equal(("PUT", $"/vehicles/{vehicle.Id}/smart-charging-policy", "{\"isEnabled\":true,\"deadline\":\"07:30\"}"),
                (host.Emulator.LastApiRequest().Method, host.Emulator.LastApiRequest().Path, host.Emulator.LastApiRequest().Body));
            Assert.Equal((vehicle.Id, true, "07:30", 0.0), (policy.VehicleId, policy.IsEnabled, policy.Deadline, policy.MinimumChargeLimit));
            Assert.Equal("07:30", (await client.Vehicles.GetAsync(vehicle.Id)).SmartChargingPolicy.Deadline);

            var plan = await client.SmartCharging.GetPlanAsync(vehicle.Id);
            Assert.Equal($"/vehicles/{vehicle.Id}/smart-charging-plans/latest", host.Emulator.LastApiRequest().Path);
            Assert.Equal(vehicle.Id, plan.VehicleId);
            Assert.Equal("EUR", plan.Currency);
            Assert.True(plan.SmartCost <= plan.NonSmartCost);
            Assert.Equal(Math.Round(plan.NonSmartCost!.Value - plan.SmartCost!.Value, 2), plan.EstimatedSavings);
            Assert.NotNull(plan.StartAt);
            Assert.Equal(plan.Id, (await client.SmartCharging.GetPlanAsync(vehicle.Id, plan.Id)).Id);

            var status = await client.SmartCharging.GetStatusAsync(vehicle.Id);
            Assert.Equal(plan.Id, status.Plan!.Id);
            Assert.StartsWith("PLAN:EXECUTING", status.State);
        }

        [Fact]
        public async Task Bad_policy_values_are_refused_before_sending()
        {
            using var host = new LoopbackEmulator();
            using var client = ClientFactory.For(host);
            var id = host.Emulator.State.Vehicles.All[0].Id;

            Assert.Contains("HH:mm", (await Assert.ThrowsAsync<EnodeValidationException>(() => client.SmartCharging.UpdatePolicyAsync(id, new SmartChargingPolicyUpdate { Deadline = "7pm" }))).Message);
            Assert.Contains("0 to 100", (await Assert.ThrowsAsync<EnodeValidationException>(() => client.SmartCharging.UpdatePolicyAsync(id, new SmartChargingPolicyUpdate { MinimumChargeLimit = 120 }))).Message);
            await Assert.ThrowsAsync<EnodeValidationException>(() => client.SmartCharging.UpdatePolicyAsync(id, new SmartChargingPolicyUpdate()));
            Assert.Equal(0, host.Emulator.ApiRequestCount());
        }

        [Fact]
        public async Task Overrides_start_and_end_typed_and_ending_twice_is_a_404()
        {
            using var host = new LoopbackEmulator();
            using var client = ClientFactory.For(host);
            var vehicle = host.Emulator.State.Vehicles.All[0];

            var started = await client.SmartCharging.StartOverrideAsync(vehicle.Id);
            Assert.Equal(("POST", $"/vehicles/{vehicle.Id}/smart-override", ""), (host.Emulator.LastApiRequest().Method, host.Emulator.LastApiRequest().Path, host.Emulator.LastApiRequest().Body));
            Assert.True(started.IsActive);
            Assert.Equal(("vehicle", vehicle.Id, vehicle.UserId), (started.TargetType, started.TargetId, started.UserId));

            var ended = await client.SmartCharging.EndOverrideAsync(vehicle.Id);
            Assert.False(ended.IsActive);
            Assert.Equal(started.CreatedAt, ended.CreatedAt);
            var none = await Assert.ThrowsAsync<EnodeApiException>(() => client.SmartCharging.EndOverrideAsync(vehicle.Id));
            Assert.Equal(404, none.StatusCode);
            Assert.Equal("No Smart Override Exists", none.Title);
        }
    }
}
