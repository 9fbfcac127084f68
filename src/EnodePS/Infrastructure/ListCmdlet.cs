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
            var options = new PageOptions { PageSize = PageSize, First = paging.First, Skip = paging.Skip };
            foreach (var item in Stream(connection, (client, ct) => List(client, options, ct)))
                Output(item);
        }
    }
}
