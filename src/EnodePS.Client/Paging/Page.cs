using System.Collections.Generic;

namespace EnodePS.Client.Paging
{
    /// <summary>One page of a collection: the API's { data, pagination } envelope.</summary>
    public sealed class Page<T>
    {
        /// <summary>The items; null when the answer had no "data" list, which the paginator reports as a protocol error.</summary>
        public List<T>? Data { get; set; }
        public Pagination Pagination { get; set; } = new Pagination();
    }
}
