using System;
using System.Linq;
using System.Management.Automation;
using EnodePS.Client.Errors;
using EnodePS.Client.Models;
using EnodePS.Cmdlets.SmartCharging;
using EnodePS.Cmdlets.Tests.Support;
using EnodePS.Cmdlets.Vehicles;
using EnodePS.Emulator;
using EnodePS.Emulator.Time;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Tests
{
    public class SmartChargingCmdletTests
    {
        private static CmdletSession Session() => new CmdletSession(new EmulatorOptions
        {
            VehicleCount = 4, UserCount = 2, TokenLifetime = TimeSpan.FromDays(1),
            Clock = new ManualEmulatorClock(new DateTimeOffset(2024, 11, 6, 18, 0, 0, TimeSpan.Zero)),
        });

        private static Vehicle PluggedInVehicle(CmdletSession session)
        {
            var record = session.Emulator.State.Vehicles.All[0];
            lock (session.Emulator.State.Gate)
            {
                var charge = record.Body["chargeState"]!;
                charge["isPluggedIn"] = true;
                charge["isFullyCharged"] = false;
                charge["batteryLevel"] = 35;
                charge["chargeLimit"] = 80;
            }
            return session.Run(new GetEnodeVehicleCommand { Id = new[] { record.Id } }).OutputOf<Vehicle>().Single();
        }

        [Fact]
        public void Set_then_get_the_policy_of_a_piped_vehicle_and_the_vehicle_shows_it()
        {
            using var session = Session();
            var vehicle = PluggedInVehicle(session);

            var set = session.Run(new SetEnodeSmartChargingPolicyCommand { Enabled = true, Deadline = "7:00", MinimumChargeLimit = 20 }.With("PassThru"), vehicle);

            var sent = session.Emulator.LastApiRequest();
            Assert.Equal(("PUT", $"/vehicles/{vehicle.Id}/smart-charging-policy", "{\"isEnabled\":true,\"deadline\":\"07:00\",\"minimumChargeLimit\":20}"), (sent.Method, sent.Path, sent.Body));
            var policy = set.OutputOf<SmartChargingPolicy>().Single();
            Assert.Equal((vehicle.Id, true, "07:00", 20.0), (policy.VehicleId, policy.IsEnabled, policy.Deadline, policy.MinimumChargeLimit));
            var got = session.Run(new GetEnodeSmartChargingPolicyCommand(), vehicle).OutputOf<SmartChargingPolicy>().Single();
            Assert.Equal(("GET", $"/vehicles/{vehicle.Id}/smart-charging-policy"), (session.Emulator.LastApiRequest().Method, session.Emulator.LastApiRequest().Path));
            Assert.Equal("07:00", got.Deadline);
            Assert.True(session.Run(new GetEnodeVehicleCommand(), vehicle).OutputOf<Vehicle>().Single().SmartChargingPolicy.IsEnabled);
        }

        [Fact]
        public void Plans_and_status_are_typed_with_costs_and_times()
        {
            using var session = Session();
            var vehicle = PluggedInVehicle(session);
            session.Run(new SetEnodeSmartChargingPolicyCommand { VehicleId = new[] { vehicle.Id }, Enabled = true, Deadline = "07:00" });

            var plan = session.Run(new GetEnodeSmartChargingPlanCommand(), vehicle).OutputOf<SmartChargingPlan>().Single();
            Assert.Equal($"/vehicles/{vehicle.Id}/smart-charging-plans/latest", session.Emulator.LastApiRequest().Path);
            Assert.Equal((vehicle.Id, "EUR"), (plan.VehicleId, plan.Currency));
            Assert.True(plan.SmartCost <= plan.NonSmartCost && plan.EstimatedSavings >= 0);
            Assert.True(plan.StartAt >= plan.StopAt && plan.EstimatedFinishAt > plan.StartAt);
            Assert.Equal(plan.Id, session.Run(new GetEnodeSmartChargingPlanCommand { VehicleId = vehicle.Id, PlanId = plan.Id }).OutputOf<SmartChargingPlan>().Single().Id);

            var status = session.Run(new GetEnodeSmartChargingStatusCommand(), vehicle).OutputOf<SmartChargingStatus>().Single();
            Assert.Equal($"/vehicles/{vehicle.Id}/smart-charging-status", session.Emulator.LastApiRequest().Path);
            Assert.Equal(("PLAN:EXECUTING:STOPPED:AWAITING_PRICES", plan.Id), (status.State, status.Plan!.Id));
            Assert.Equal("EnodeNotFound", session.Run(new GetEnodeSmartChargingPlanCommand { VehicleId = session.Emulator.State.Vehicles.All[1].Id }).Errors.Single().ErrorId);
        }

        [Theory]
        [InlineData("7pm", null, "Deadline", "a clock time HH:mm from 00:00 to 23:59")]
        [InlineData(null, 120.0, "MinimumChargeLimit", "a percentage from 0 to 100")]
        public void Bad_policy_values_name_the_parameter_before_sending(string? deadline, double? minimum, string parameter, string allowed)
        {
            using var session = Session();
            var before = session.Emulator.RequestCount;

            var host = session.Run(new SetEnodeSmartChargingPolicyCommand { VehicleId = new[] { "v" }, Deadline = deadline, MinimumChargeLimit = minimum });

            Assert.Equal(before, session.Emulator.RequestCount);
            Assert.Equal("EnodeInvalidParameter", host.Terminating!.ErrorId);
            Assert.Contains($"for -{parameter}: {allowed}", host.Terminating.Exception.Message);
            Assert.Contains("give at least one of -Enabled, -Deadline or -MinimumChargeLimit",
                session.Run(new SetEnodeSmartChargingPolicyCommand { VehicleId = new[] { "v" } }).Terminating!.Exception.Message);
        }

        [Fact]
        public void Enabling_without_a_deadline_is_the_apis_400_as_an_error_on_that_vehicle()
        {
            using var session = Session();
            var vehicle = session.Emulator.State.Vehicles.All[0].Id;

            var host = session.Run(new SetEnodeSmartChargingPolicyCommand { VehicleId = new[] { vehicle }, Enabled = true });

            var error = host.Errors.Single();
            Assert.Equal(("EnodeBadRequest", ErrorCategory.InvalidArgument, (object?)vehicle), (error.ErrorId, error.Category, error.Target));
            Assert.Contains("deadline", error.Exception.Message);
        }

        [Fact]
        public void Start_and_stop_a_smart_override_and_whatif_sends_nothing()
        {
            using var session = Session();
            var vehicle = PluggedInVehicle(session);
            var whatIf = session.NewHost();
            whatIf.WhatIf = true;
            var before = session.Emulator.RequestCount;
            session.Run(new StartEnodeSmartOverrideCommand(), whatIf, vehicle);
            session.Run(new StopEnodeSmartOverrideCommand(), whatIf, vehicle);
            session.Run(new SetEnodeSmartChargingPolicyCommand { Enabled = false }, whatIf, vehicle);
            Assert.Equal(before, session.Emulator.RequestCount);
            Assert.Equal(3, whatIf.ShouldProcessCalls.Count);

            var started = session.Run(new StartEnodeSmartOverrideCommand(), vehicle).OutputOf<SmartOverride>().Single();
            Assert.Equal(("POST", $"/vehicles/{vehicle.Id}/smart-override"), (session.Emulator.LastApiRequest().Method, session.Emulator.LastApiRequest().Path));
            Assert.True(started.IsActive);
            var stopped = session.Run(new StopEnodeSmartOverrideCommand(), vehicle).OutputOf<SmartOverride>().Single();
            Assert.Equal("DELETE", session.Emulator.LastApiRequest().Method);
            Assert.False(stopped.IsActive);

            var none = session.Run(new StopEnodeSmartOverrideCommand(), vehicle).Errors.Single();
            Assert.Equal(("EnodeNotFound", (object?)vehicle.Id), (none.ErrorId, none.Target));
            Assert.Contains("No Smart Override Exists", none.Exception.Message);
        }

        [Fact]
        public void The_enode_controlled_entity_problem_becomes_an_error_that_says_what_to_do()
        {
            var problem = new EnodeApiException(422, "POST", "/vehicles/v1/charging", new ProblemDetails
            {
                Type = "https://developers.enode.com/problems/enode-controlled-entity",
                Title = "Enode Controlled Entity",
                Detail = "Vehicle controlled by a Schedule or has active Smart Charging Plan",
            });

            var error = ErrorMapper.FromException(problem, "v1");

            Assert.Equal(("EnodeControlledEntity", ErrorCategory.InvalidOperation, (object?)"v1"), (error.ErrorId, error.Category, error.Target));
            Assert.Contains("Start-EnodeSmartOverride", error.Exception.Message);
            Assert.Contains("Set-EnodeSchedule -Enabled $false", error.Exception.Message);
            Assert.Contains("Set-EnodeSmartChargingPolicy -Enabled $false", error.RecommendedAction);
            Assert.Same(problem, error.Exception.InnerException);
        }
    }
}
