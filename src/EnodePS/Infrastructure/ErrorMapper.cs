using System;
using System.Globalization;
using System.IO;
using System.Management.Automation;
using System.Net.Http;
using System.Text;
using EnodePS.Client.Errors;
using EnodePS.Client.Validation;

namespace EnodePS.Infrastructure
{
    /// <summary>Maps exceptions from the client to errors with stable ErrorIds and the categories PowerShell users expect.</summary>
    public static class ErrorMapper
    {
        /// <summary>The problem a device under smart charging or a schedule answers to manual commands.</summary>
        public const string ControlledEntitySlug = "enode-controlled-entity";

        private const string ControlledEntityProblem =
            "Smart charging or a schedule controls this device, so it takes no manual charging commands.";

        private const string ControlledEntityAdvice =
            "To charge now, run Start-EnodeSmartOverride; to hand control back, disable the schedule (Set-EnodeSchedule -Enabled:$false) or smart charging (Set-EnodeSmartChargingPolicy -Enabled:$false).";

        public static bool IsControlledEntity(EnodeApiException exception) =>
            exception.ProblemSlug == ControlledEntitySlug || string.Equals(exception.Title, "Enode Controlled Entity", StringComparison.OrdinalIgnoreCase);

        /// <summary>
        /// An ErrorRecord with its recommended action, when there is one, in ErrorDetails. The exception's message may
        /// carry the advice too (for $Error[0].Exception.Message readers); the message the host shows leaves it out,
        /// because PowerShell 7 prints the recommended action on a line of its own under it.
        /// </summary>
        public static ErrorRecord Record(Exception exception, string errorId, ErrorCategory category, object? target, string? recommendedAction = null)
        {
            var record = new ErrorRecord(exception, errorId, category, target);
            if (recommendedAction != null)
            {
                var shown = exception.Message.Replace(recommendedAction, "").Replace("  ", " ").Trim();
                record.ErrorDetails = new ErrorDetails(shown) { RecommendedAction = recommendedAction };
            }
            return record;
        }

        public static ErrorRecord FromException(Exception exception, object? target)
        {
            switch (exception)
            {
                case EnodeValidationException invalid:
                    // Worded like InvalidParameter's errors: "Cannot use 'x' for -Name: ..."
                    return Record(new EnodeValidationException(invalid.ParameterName, invalid.Value, invalid.Allowed, "-", invalid),
                        "EnodeInvalidParameter", ErrorCategory.InvalidArgument, target ?? invalid.Value);
                case EnodeConnectionsLimitException limit:
                    return Record(limit, "EnodeConnectionsLimitReached", ErrorCategory.QuotaExceeded, target,
                        "Free connections with Remove-EnodeUser or Disconnect-EnodeVendor, or ask Enode to raise the client's connections limit.");
                case EnodeApiException api when IsControlledEntity(api):
                    return Record(new InvalidOperationException(ControlledEntityProblem + " " + ControlledEntityAdvice + " (" + api.Message + ")", api),
                        "EnodeControlledEntity", ErrorCategory.InvalidOperation, target, ControlledEntityAdvice);
                case EnodeApiException api:
                    return Record(api, ErrorIdFor(api), CategoryFor(api.StatusCode), target, RecommendedActionFor(api));
                case NotCapableException notCapable:
                    return Record(notCapable, "EnodeNotCapable", ErrorCategory.InvalidOperation, target,
                        notCapable.InterventionIds.Count == 0 ? null : "Have the user resolve the interventions: Get-EnodeIntervention -Id " + string.Join(", ", notCapable.InterventionIds));
                case ActionAlreadyResolvedException resolved:
                    return Record(resolved, "EnodeActionAlreadyResolved", ErrorCategory.ResourceUnavailable, target);
                case ActionUnsuccessfulException unsuccessful:
                    return ActionErrors.For(unsuccessful, target);
                case EnodeProtocolException protocol:
                    return Record(protocol, "EnodeInvalidResponse", ErrorCategory.InvalidResult, target);
                case TimeoutException timeout:
                    return Record(timeout, "EnodeTimeout", ErrorCategory.OperationTimeout, target);
                case HttpRequestException http:
                    return Record(http, "EnodeConnectionFailed", ErrorCategory.ConnectionError, target);
                case IOException io:
                    return Record(io, "EnodeConnectionFailed", ErrorCategory.ConnectionError, target);
                case ArgumentException argument:
                    return Record(argument, "EnodeInvalidArgument", ErrorCategory.InvalidArgument, target);
                default:
                    return Record(exception, "EnodeUnexpectedError", ErrorCategory.NotSpecified, target);
            }
        }

        /// <summary>
        /// "Enode" + the problem type's last segment in PascalCase ("EnodeNotFound"); without a type (or with
        /// about:blank), "Enode" + the status's name ("EnodeBadRequest"), or "EnodeHttp" + a status that has none.
        /// </summary>
        public static string ErrorIdFor(EnodeApiException exception)
        {
            var slug = exception.ProblemSlug;
            if (exception.StatusCode >= 300 && exception.StatusCode < 400) return "EnodeRedirect"; // followed by no one (see HttpPipeline)
            if (string.IsNullOrEmpty(slug))
            {
                // 422 and 429 are named here since .NET Framework's HttpStatusCode lacks them.
                var name = exception.StatusCode == 422 ? "UnprocessableEntity" : exception.StatusCode == 429 ? "TooManyRequests"
                    : ((System.Net.HttpStatusCode)exception.StatusCode).ToString();
                return char.IsDigit(name[0]) ? "EnodeHttp" + exception.StatusCode.ToString(CultureInfo.InvariantCulture) : "Enode" + name;
            }
            var id = new StringBuilder("Enode");
            foreach (var word in slug!.Split(new[] { '-', '_', '.', ' ' }, StringSplitOptions.RemoveEmptyEntries))
            {
                var clean = new StringBuilder();
                foreach (var c in word) if (char.IsLetterOrDigit(c)) clean.Append(c);
                if (clean.Length == 0) continue;
                id.Append(char.ToUpperInvariant(clean[0])).Append(clean.ToString(1, clean.Length - 1));
            }
            return id.ToString();
        }

        public static ErrorCategory CategoryFor(int status)
        {
            switch (status)
            {
                case 400: return ErrorCategory.InvalidArgument;
                case 401: return ErrorCategory.AuthenticationError;
                case 403: return ErrorCategory.PermissionDenied;
                case 404: return ErrorCategory.ObjectNotFound;
                case 405: return ErrorCategory.InvalidOperation;
                case 409: return ErrorCategory.ResourceUnavailable;
                case 422: return ErrorCategory.InvalidOperation;
                case 429: return ErrorCategory.ResourceBusy;
                case 503: return ErrorCategory.ResourceBusy;
                case 408:
                case 424:
                    return ErrorCategory.ConnectionError;
                default:
                    return status >= 500 ? ErrorCategory.ConnectionError : ErrorCategory.NotSpecified;
            }
        }

        private static string? RecommendedActionFor(EnodeApiException exception)
        {
            switch (exception.StatusCode)
            {
                case 401: return "Check the client id and secret, or run Connect-Enode again.";
                case 403: return "The device lacks the control scope: relink it with New-EnodeRelinkSession, asking for the scope.";
                case 429:
                case 503: return "The service is throttling or busy: retry later, or raise the retry limits of the connection.";
                default: return null;
            }
        }
    }
}
