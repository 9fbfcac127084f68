using System;
using EnodePS.Client.Models;

namespace EnodePS.Client.Errors
{
    /// <summary>An action ended FAILED or CANCELLED; carries the action and its failureReason.</summary>
    public sealed class ActionUnsuccessfulException : Exception
    {
        public ActionUnsuccessfulException(VendorAction action)
            : base($"Action {action.Id} on {action.TargetType} {action.TargetId} ended {action.State}" +
                   (action.FailureReason == null ? "." : $": {action.FailureReason.Type}: {action.FailureReason.Detail}"))
        {
            Action = action;
        }

        public VendorAction Action { get; }

        /// <summary>NO_RESPONSE, FAILED_PRECONDITION, CONFLICT, NOT_FOUND, UNNECESSARY, REQUESTED_CANCELLATION, or null.</summary>
        public string? FailureType => Action.FailureReason?.Type;
    }
}
