using System;
using System.Text.Json.Serialization;

namespace EnodePS.Client.Models
{
    /// <summary>
    /// A control action on a vehicle, charger, HVAC unit or battery (the reference's "vendor action"): Enode keeps
    /// trying to make the change until it is CONFIRMED, FAILED (no response within 30 minutes) or CANCELLED. One
    /// model serves every kind: charging actions carry <see cref="Kind"/>, max current, charge rate limit and
    /// operation mode actions <see cref="TargetState"/>, HVAC actions <see cref="Target"/>.
    /// </summary>
    public sealed class VendorAction : ApiResource
    {
        public string Id { get; set; } = "";

        /// <summary>The user who owns the device the action controls.</summary>
        public string UserId { get; set; } = "";
        public DateTimeOffset CreatedAt { get; set; }
        public DateTimeOffset UpdatedAt { get; set; }

        /// <summary>When the action left PENDING; null while it is pending.</summary>
        public DateTimeOffset? CompletedAt { get; set; }

        /// <summary>PENDING, CONFIRMED, FAILED or CANCELLED.</summary>
        public string State { get; set; } = "";

        /// <summary>The id of the device the action controls.</summary>
        public string TargetId { get; set; } = "";

        /// <summary>vehicle, charger, hvac or battery.</summary>
        public string TargetType { get; set; } = "";

        /// <summary>START or STOP, for charging actions.</summary>
        public string? Kind { get; set; }

        /// <summary>The desired max current, charge rate limit or operation mode.</summary>
        public ActionTargetState? TargetState { get; set; }

        /// <summary>The desired HVAC mode, setpoints and hold type.</summary>
        public HvacActionTarget? Target { get; set; }

        /// <summary>Why the action failed or was cancelled; null otherwise.</summary>
        public ActionFailureReason? FailureReason { get; set; }

        /// <summary>True once the action has left PENDING (CONFIRMED, FAILED or CANCELLED).</summary>
        [JsonIgnore]
        public bool IsResolved => ActionStates.IsResolved(State);

        public override string ToString() => Id;
    }
}
