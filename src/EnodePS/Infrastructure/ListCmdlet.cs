using System;
using System.Linq;
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
        protected const string InputObjectSet = "InputObject";
        private readonly List<string> _pipedIds = new List<string>();
        private IReadOnlyList<PipelineRule>? _rules;

        /// <summary>
        /// An object from the pipeline, bound by its type (see docs/pipelines.md): an object of this cmdlet's kind or
        /// an id string gets that one; a related object lists or gets what it names; any other Enode object is refused.
        /// </summary>
        [Parameter(Mandatory = true, ParameterSetName = InputObjectSet, ValueFromPipeline = true)]
        [ValidateNotNull]
        public PSObject? InputObject { get; set; }

        /// <summary>What a piped object of each kind binds, e.g. a User's Id to -UserId; the cmdlet's own kind and strings get by id.</summary>
        private protected abstract IEnumerable<PipelineRule> PipelineRules();

        /// <summary>The ids a piped object named, for rules that get by id.</summary>
        private protected List<string> PipedIds => _pipedIds;

        /// <summary>Whether a listed item is written; a piped object can narrow a listing (a vehicle's schedules).</summary>
        private protected virtual bool Keep(T item) => true;

        /// <summary>The rule for the cmdlet's own objects and for id strings: they bind -Id.</summary>
        private protected IEnumerable<PipelineRule> ById(string kind, string property = "Id")
        {
            yield return PipelineRule.For(kind, property, "-Id", id => _pipedIds.Add(id));
            yield return PipelineRule.String("-Id", id => _pipedIds.Add(id));
            var deviceType = kind.ToLowerInvariant();
            if (EnodePS.Client.DeviceTypes.All.Contains(deviceType))
                yield return PipelineRule.For("EmulatorLinkedDevice", "Id", "-Id", id => _pipedIds.Add(id))
                    .When(input => string.Equals(PipelineObjects.Property(input, "VendorType"), deviceType, StringComparison.OrdinalIgnoreCase));
        }

        /// <summary>Items per request; the API's default is 50.</summary>
        [Parameter(ParameterSetName = ListSet)]
        [Parameter(ParameterSetName = InputObjectSet)]
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
            IEnumerable<string>? ids = ParameterSetName == ByIdSet ? Ids ?? Array.Empty<string>() : null;
            if (ParameterSetName == InputObjectSet)
            {
                _pipedIds.Clear();
                if (!BindInput(InputObject!, _rules ??= new List<PipelineRule>(PipelineRules()))) return;
                if (_pipedIds.Count > 0) ids = _pipedIds;
            }
            var connection = ActiveConnection;
            if (ids != null)
            {
                foreach (var id in ids)
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
                    if (Keep(item)) Output(item);
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
