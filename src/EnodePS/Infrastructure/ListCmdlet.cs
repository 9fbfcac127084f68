using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using EnodePS.Client;
using EnodePS.Client.Paging;

namespace EnodePS.Infrastructure
{
    /// <summary>
    /// A Get- cmdlet over one paged collection and its get-by-id endpoint: streams the list item by item with
    /// -PageSize, -First and -Skip, or gets each -Id (from the pipeline too), reporting a missing one and going on.
    /// A listing that stops on a page it could not read says where to resume: its error's TargetObject is the cursor
    /// to pass to -After (null: from the start), as AWS.Tools' -NextToken. The API gives no total, so -IncludeTotalCount
    /// writes PowerShell's "Unknown total count" before the items.
    /// </summary>
    public abstract class ListCmdlet<T> : ConnectedCmdlet
    {
        protected const string ListSet = "List";
        protected const string ByIdSet = "ById";

        /// <summary>Items per request; the API's default is 50.</summary>
        [Parameter(ParameterSetName = ListSet)]
        [ValidateRange(1, PageOptions.MaxPageSize)]
        public int? PageSize { get; set; }

        /// <summary>The ids to get, set by derived cmdlets' -Id parameter.</summary>
        /// <summary>
        /// Starts the listing at this cursor: the TargetObject of the error a stopped listing ended with. Null or empty
        /// starts at the beginning, so a loop can pass the last error's cursor from its first run on.
        /// </summary>
        [Parameter(ParameterSetName = ListSet)]
        [AllowNull]
        [AllowEmptyString]
        [Alias("NextToken")]
        public string? After { get; set; }

        protected abstract string[]? Ids { get; }

        protected abstract IAsyncEnumerable<T> List(EnodeClient client, PageOptions options, CancellationToken cancellationToken);

        protected abstract System.Threading.Tasks.Task<T> GetById(EnodeClient client, string id, CancellationToken cancellationToken);

        protected override void Process()
        {
            var connection = ActiveConnection;
            if (ParameterSetName == ByIdSet)
            {
                foreach (var id in Ids ?? Array.Empty<string>())
                    TryCall(id, () => Output(Call(connection, (client, ct) => GetById(client, id, ct))));
                return;
            }

            var paging = Paging;
            if (PagingParameters?.IncludeTotalCount.IsPresent == true)
                WriteObject(PagingParameters.NewTotalCount(0, 0.0));
            var options = new PageOptions { PageSize = PageSize, First = paging.First, Skip = paging.Skip, After = string.IsNullOrEmpty(After) ? null : After };
            try
            {
                foreach (var item in Stream(connection, (client, ct) => List(client, options, ct)))
                    Output(item);
            }
            catch (Exception ex) when (IsReportable(ex) && Paginator.TryGetResumeCursor(ex, out var resumeAfter))
            {
                var record = ErrorMapper.FromException(ex, resumeAfter);
                record.ErrorDetails = new ErrorDetails(record.ErrorDetails?.Message ?? ex.Message)
                {
                    RecommendedAction = resumeAfter == null
                        ? "No page was read: run the command again."
                        : $"Resume where the listing stopped: add -After '{resumeAfter}' (the error's TargetObject).",
                };
                Terminate(record);
            }
        }
    }
}
