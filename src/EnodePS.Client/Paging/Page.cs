using System.Collections.Generic;

namespace EnodePS.Client.Paging
{
    /// <summary>One page of a collection: the API's { data, pagination } envelope.</summary>
    public sealed class Page<T>
    {
        public List<T> Data { get; set; } = new List<T>();
        public Pagination Pagination { get; set; } = new Pagination();
    }
}
