using System.Management.Automation;
using EnodePS.Client;
using EnodePS.Client.Errors;

namespace EnodePS.Infrastructure
{
    /// <summary>The errors an action that ended FAILED or CANCELLED is reported with: stable ErrorIds, a category from its failureReason.</summary>
    public static class ActionErrors
    {
        public const string FailedId = "EnodeActionFailed";
        public const string CancelledId = "EnodeActionCancelled";

        public static ErrorRecord For(ActionUnsuccessfulException exception, object? target) =>
            ErrorMapper.Record(exception, exception.Action.State == ActionStates.Cancelled ? CancelledId : FailedId,
                CategoryFor(exception.FailureType), target ?? exception.Action.Id, RecommendedActionFor(exception.FailureType));

        public static ErrorCategory CategoryFor(string? failureType)
        {
            switch (failureType)
            {
                case "NO_RESPONSE": return ErrorCategory.OperationTimeout;
                case "FAILED_PRECONDITION": return ErrorCategory.InvalidOperation;
                case "UNNECESSARY": return ErrorCategory.InvalidOperation;
                case "CONFLICT": return ErrorCategory.ResourceBusy;
                case "NOT_FOUND": return ErrorCategory.ObjectNotFound;
                case "REQUESTED_CANCELLATION": return ErrorCategory.OperationStopped;
                default: return ErrorCategory.NotSpecified;
            }
        }

        private static string? RecommendedActionFor(string? failureType)
        {
            switch (failureType)
            {
                case "NO_RESPONSE": return "The device did not respond: check that it is online (IsReachable), then send the action again.";
                case "FAILED_PRECONDITION": return "Check the device's state (plugged in, not fully charged) before sending the action again.";
                case "CONFLICT": return "A newer action for the same device replaced this one; wait for that one instead.";
                default: return null;
            }
        }
    }
}
