using System.Text.Json.Nodes;
using EnodePS.Emulator.Actions;
using EnodePS.Emulator.Routing;
using EnodePS.Emulator.State;
using EnodePS.Emulator.Validation;

namespace EnodePS.Emulator.Handlers
{
    /// <summary>A vehicle's smart charging: its policy, plans, status, and smart overrides.</summary>
    public static class SmartChargingHandlers
    {
        private const string VehicleNotFound = "The specified vehicle was not found.";

        public static void Register(Router router, ActionEngine engine)
        {
            router.Map("GET", "/vehicles/{vehicleId}/smart-charging-policy", c => WithVehicle(c, vehicle =>
            {
                SmartCharging.Refresh(c.State, vehicle);
                return EmulatorResponse.Json(200, SmartCharging.Policy(vehicle).DeepClone());
            }));
            router.Map("PUT", "/vehicles/{vehicleId}/smart-charging-policy", UpdatePolicy);
            router.Map("GET", "/vehicles/{vehicleId}/smart-charging-plans/{smartChargingPlanId}", GetPlan);
            router.Map("GET", "/vehicles/{vehicleId}/smart-charging-status", c => WithVehicle(c, vehicle =>
                EmulatorResponse.Json(200, SmartCharging.Refresh(c.State, vehicle))));
            router.Map("POST", "/vehicles/{vehicleId}/smart-override", c => WithVehicle(c, vehicle =>
            {
                var started = SmartOverrides.Active(c.State, vehicle.Id)
                    ?? SmartOverrides.Start(c.State, "vehicle", vehicle, StartCharging(engine, vehicle));
                SmartCharging.Refresh(c.State, vehicle);
                return EmulatorResponse.Json(200, Paging.Copy(started));
            }));
            router.Map("DELETE", "/vehicles/{vehicleId}/smart-override", c => WithVehicle(c, vehicle =>
            {
                var ended = SmartOverrides.End(c.State, vehicle.Id);
                if (ended == null) return Problems.Create(404, "not-found", "No Smart Override Exists", $"The vehicle {vehicle.Id} has no active smart override.");
                SmartCharging.Refresh(c.State, vehicle);
                return EmulatorResponse.Json(200, Paging.Copy(ended));
            }));
        }

        /// <summary>
        /// The action an override starts charging with (the reference's vendorActionId, followed with the vehicle
        /// action endpoints): only when charging can start now, as the control endpoint would accept it.
        /// </summary>
        private static string? StartCharging(ActionEngine engine, State.Record vehicle)
        {
            var command = new ChargingCommand(DeviceKind.Vehicle, ChargingCommand.Start);
            return command.Check(vehicle.Body) == null ? (string?)engine.Submit(DeviceKind.Vehicle, vehicle, command)["id"] : null;
        }

        /// <summary>
        /// Checks as the reference lists for its 400: a deadline is needed to enable smart charging, and the minimum
        /// charge limit may not exceed the vehicle's charge limit.
        /// </summary>
        private static EmulatorResponse UpdatePolicy(RouteContext c)
        {
            if (!c.TryReadJsonObject(out var json, out var problem)) return problem!;
            var body = new BodyReader(json);
            body.RejectUnknown("isEnabled", "deadline", "minimumChargeLimit");
            var isEnabled = body.Bool("isEnabled", false);
            var deadline = body.String("deadline", false);
            if (deadline != null && !ClockTimes.IsValid(deadline))
            {
                body.Fail("must be a clock time HH:mm from 00:00 to 23:59", "deadline");
                deadline = null;
            }
            var minimum = body.Number("minimumChargeLimit", false, 0, 100);
            if (!body.IsValid) return body.Problem();

            return WithVehicle(c, vehicle =>
            {
                var policy = SmartCharging.Policy(vehicle);
                if ((isEnabled ?? (bool?)policy["isEnabled"]) == true && (deadline ?? (string?)policy["deadline"]) == null)
                    return Problems.Invalid("deadline", "is required to enable smart charging");
                var chargeLimit = JsonNumbers.Read(vehicle.Body["chargeState"]?["chargeLimit"]);
                if (minimum.HasValue && chargeLimit.HasValue && minimum.Value > chargeLimit.Value)
                    return Problems.Invalid("minimumChargeLimit", $"cannot exceed the vehicle's charge limit of {chargeLimit.Value}%");
                SmartCharging.UpdatePolicy(c.State, vehicle, isEnabled, deadline, minimum);
                return EmulatorResponse.Json(200, policy.DeepClone());
            });
        }

        /// <summary>A plan by id, or "latest" for the most recent one.</summary>
        private static EmulatorResponse GetPlan(RouteContext c) => WithVehicle(c, vehicle =>
        {
            SmartCharging.Refresh(c.State, vehicle);
            var planId = c.Route("smartChargingPlanId");
            var plan = planId == "latest" ? SmartCharging.LatestPlan(c.State, vehicle.Id) : c.State.SmartChargingPlans.Find(planId);
            if (plan == null || (string?)plan.Body["vehicleId"] != vehicle.Id)
                return Problems.NotFound("The specified smart charging plan was not found.");
            return EmulatorResponse.Json(200, Paging.Copy(plan));
        });

        private static EmulatorResponse WithVehicle(RouteContext c, System.Func<Record, EmulatorResponse> answer)
        {
            lock (c.State.Gate)
            {
                var vehicle = c.State.Vehicles.Find(c.Route("vehicleId"));
                return vehicle == null ? Problems.NotFound(VehicleNotFound) : answer(vehicle);
            }
        }
    }
}
