using System;
using EnodePS.Client.Models;

namespace EnodePS.Client.Errors
{
    /// <summary>An action ended FAILED or CANCELLED; carries the action and its failureReason.</summary>
    public sealed class ActionUnsuccessfulException : Exception
    {
        public ActionUnsuccessfulException(VendorAction action, Actions.ControlledDevice? device = null)
            : base($"Action {action.Id} on {device?.ToString() ?? action.TargetType + " " + action.TargetId} ended {action.State}" +
                   (action.FailureReason == null ? "." : $": {action.FailureReason.Type}: {action.FailureReason.Detail}"))
        {
            Action = action;
            Device = device;
        }

        /// <summary>The device the action went to, with its vendor when known.</summary>
        public Actions.ControlledDevice? Device { get; }

        public VendorAction Action { get; }

        /// <summary>NO_RESPONSE, FAILED_PRECONDITION, CONFLICT, NOT_FOUND, UNNECESSARY, REQUESTED_CANCELLATION, or null.</summary>
        public string? FailureType => Action.FailureReason?.Type;
    }
}
