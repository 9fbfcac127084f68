using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Client.Http;
using EnodePS.Client.Models;
using EnodePS.Client.Paging;

namespace EnodePS.Client.Resources
{
    /// <summary>The HVAC units section of the API.</summary>
    public sealed class HvacsResource : DeviceCollection<Hvac>
    {
        internal HvacsResource(ApiTransport transport)
            : base(transport, "hvacs", () => HvacsJsonContext.Default.Hvac, () => HvacsJsonContext.Default.PageHvac) { }

        /// <summary>Asks Enode to fetch the HVAC unit's data from the vendor soon (POST /hvacs/{id}/refresh-hint).</summary>
        public Task RequestRefreshAsync(string hvacId, CancellationToken cancellationToken = default) =>
            RefreshHint.SendAsync(Transport, Collection, hvacId, cancellationToken);

        /// <summary>POST /hvacs/{id}/permanent-hold: the action that holds the unit in a mode and setpoints until told otherwise.</summary>
        public Task<VendorAction> SetPermanentHoldAsync(string hvacId, HvacHold hold, CancellationToken cancellationToken = default)
        {
            if (hold == null) throw new System.ArgumentNullException(nameof(hold));
            return ControlRequest.SendAsync(Transport, Collection, hvacId, "permanent-hold",
                new PermanentHoldRequest { Mode = hold.Mode, HeatSetpoint = hold.HeatSetpoint, CoolSetpoint = hold.CoolSetpoint },
                ActionsJsonContext.Default.PermanentHoldRequest, cancellationToken);
        }

        /// <summary>The same, checked first against the unit's capability, capable modes and setpoint ranges.</summary>
        public Task<VendorAction> SetPermanentHoldAsync(Hvac hvac, HvacHold hold, CancellationToken cancellationToken = default)
        {
            if (hold == null) throw new System.ArgumentNullException(nameof(hold));
            hold.ValidateFor(hvac);
            DeviceCapabilities.Ensure(hvac, "setPermanentHold");
            return SetPermanentHoldAsync(hvac.Id, hold, cancellationToken);
        }

        /// <summary>POST /hvacs/{id}/follow-schedule: the action that returns the unit to the schedule set on the device (ends a hold).</summary>
        public Task<VendorAction> FollowScheduleAsync(string hvacId, CancellationToken cancellationToken = default) =>
            ControlRequest.SendWithoutBodyAsync(Transport, Collection, hvacId, "follow-schedule", cancellationToken);

        /// <summary>PUT /hvacs/{id}: puts the unit at one of its user's locations, or at none (null). Returns the unit.</summary>
        public Task<Hvac> SetLocationAsync(string hvacId, string? locationId, CancellationToken cancellationToken = default) =>
            ControlRequest.SetLocationAsync(Transport, Collection, hvacId, locationId, HvacsJsonContext.Default.Hvac, cancellationToken);
    }
}
