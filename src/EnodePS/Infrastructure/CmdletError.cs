using System;
using System.Management.Automation;

namespace EnodePS.Infrastructure
{
    /// <summary>
    /// An error as a cmdlet reports it, before it becomes an ErrorRecord: the seam passes this to the host, so that
    /// tests can read the ErrorId, category and target without PowerShell.
    /// </summary>
    public sealed class CmdletError
    {
        public CmdletError(Exception exception, string errorId, ErrorCategory category, object? target, string? recommendedAction = null)
        {
            Exception = exception;
            ErrorId = errorId;
            Category = category;
            Target = target;
            RecommendedAction = recommendedAction;
        }

        public Exception Exception { get; }
        public string ErrorId { get; }
        public ErrorCategory Category { get; }
        public object? Target { get; }
        public string? RecommendedAction { get; }

        public ErrorRecord ToErrorRecord()
        {
            var record = new ErrorRecord(Exception, ErrorId, Category, Target);
            if (RecommendedAction != null) record.ErrorDetails = new ErrorDetails(Exception.Message) { RecommendedAction = RecommendedAction };
            return record;
        }

        public override string ToString() => $"{ErrorId} ({Category}) {Target}: {Exception.Message}";
    }
}
