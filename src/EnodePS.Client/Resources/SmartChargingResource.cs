using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Client.Errors;
using EnodePS.Client.Http;
using EnodePS.Client.Models;
using EnodePS.Client.Validation;

namespace EnodePS.Client.Resources
{
    /// <summary>Smart charging of vehicles: policy, plans, status and smart overrides.</summary>
    public sealed class SmartChargingResource
    {
        /// <summary>What GetPlanAsync takes for the most recent plan.</summary>
        public const string LatestPlan = "latest";

        private readonly ApiTransport _transport;

        internal SmartChargingResource(ApiTransport transport) { _transport = transport; }

        public async Task<SmartChargingPolicy> GetPolicyAsync(string vehicleId, CancellationToken cancellationToken = default)
        {
            var policy = await _transport.GetAsync(RequestPath.Of("/vehicles/{vehicleId}/smart-charging-policy", vehicleId),
                SmartChargingJsonContext.Default.SmartChargingPolicy, cancellationToken).ConfigureAwait(false);
            policy.VehicleId = vehicleId;
            return policy;
        }

        /// <summary>Changes the fields set in <paramref name="changes"/>; answers the whole policy.</summary>
        public async Task<SmartChargingPolicy> UpdatePolicyAsync(string vehicleId, SmartChargingPolicyUpdate changes, CancellationToken cancellationToken = default)
        {
            var body = Check(changes);
            var policy = await _transport.SendAsync(HttpMethod.Put, RequestPath.Of("/vehicles/{vehicleId}/smart-charging-policy", vehicleId), body,
                SmartChargingJsonContext.Default.SmartChargingPolicyUpdate, SmartChargingJsonContext.Default.SmartChargingPolicy, cancellationToken).ConfigureAwait(false);
            policy.VehicleId = vehicleId;
            return policy;
        }

        /// <summary>A plan by its id, or the most recent one (<see cref="LatestPlan"/>).</summary>
        public Task<SmartChargingPlan> GetPlanAsync(string vehicleId, string planId = LatestPlan, CancellationToken cancellationToken = default) =>
            _transport.GetAsync(RequestPath.Of("/vehicles/{vehicleId}/smart-charging-plans/{planId}", vehicleId, planId), SmartChargingJsonContext.Default.SmartChargingPlan, cancellationToken);

        public Task<SmartChargingStatus> GetStatusAsync(string vehicleId, CancellationToken cancellationToken = default) =>
            _transport.GetAsync(RequestPath.Of("/vehicles/{vehicleId}/smart-charging-status", vehicleId), SmartChargingJsonContext.Default.SmartChargingStatus, cancellationToken);

        /// <summary>Makes the vehicle charge now, overriding smart charging or a schedule until it stops charging or the override ends.</summary>
        public async Task<SmartOverride> StartOverrideAsync(string vehicleId, CancellationToken cancellationToken = default)
        {
            var answer = await _transport.SendCheckedAsync(HttpMethod.Post, RequestPath.Of("/vehicles/{vehicleId}/smart-override", vehicleId), null, cancellationToken).ConfigureAwait(false);
            return ProblemReader.Deserialize(answer, SmartChargingJsonContext.Default.SmartOverride, "answer to POST /vehicles/{vehicleId}/smart-override");
        }

        /// <summary>Ends the vehicle's smart override: smart charging or the schedule takes over again.</summary>
        public async Task<SmartOverride> EndOverrideAsync(string vehicleId, CancellationToken cancellationToken = default)
        {
            var answer = await _transport.SendCheckedAsync(HttpMethod.Delete, RequestPath.Of("/vehicles/{vehicleId}/smart-override", vehicleId), null, cancellationToken).ConfigureAwait(false);
            return ProblemReader.Deserialize(answer, SmartChargingJsonContext.Default.SmartOverride, "answer to DELETE /vehicles/{vehicleId}/smart-override");
        }

        /// <summary>At least one field; the deadline as HH:mm; the minimum charge limit a percentage.</summary>
        public static SmartChargingPolicyUpdate Check(SmartChargingPolicyUpdate changes)
        {
            if (changes.IsEmpty) throw new EnodeValidationException("changes", null, "at least one of isEnabled, deadline or minimumChargeLimit.");
            if (changes.MinimumChargeLimit.HasValue && (double.IsNaN(changes.MinimumChargeLimit.Value) || changes.MinimumChargeLimit < 0 || changes.MinimumChargeLimit > 100))
                throw new EnodeValidationException("minimumChargeLimit", changes.MinimumChargeLimit, "a percentage from 0 to 100 (and no more than the vehicle's charge limit).");
            return new SmartChargingPolicyUpdate
            {
                IsEnabled = changes.IsEnabled,
                Deadline = changes.Deadline == null ? null : ClockTime.Check(changes.Deadline, "deadline"),
                MinimumChargeLimit = changes.MinimumChargeLimit,
            };
        }
    }
}
