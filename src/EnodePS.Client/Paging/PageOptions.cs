using System;

namespace EnodePS.Client.Paging
{
    /// <summary>How much of a collection to read, and in what page size.</summary>
    public sealed class PageOptions
    {
        /// <summary>Items per request (the API's pageSize); null uses the API's default of 50.</summary>
        public int? PageSize { get; set; }

        /// <summary>
        /// The cursor to start from (the API's "after"): the value a stopped listing gave for resuming
        /// (<see cref="Paginator.TryGetResumeCursor"/>); null starts at the beginning.
        /// </summary>
        public string? After { get; set; }

        /// <summary>Items to pass over before the first one returned.</summary>
        public long Skip { get; set; }

        /// <summary>Most items to return; null for all.</summary>
        public long? First { get; set; }

        public const int MaxPageSize = 1000;

        internal void Validate()
        {
            if (PageSize.HasValue && (PageSize < 1 || PageSize > MaxPageSize))
                throw new ArgumentOutOfRangeException(nameof(PageSize), PageSize, $"PageSize must be from 1 to {MaxPageSize}.");
            if (Skip < 0) throw new ArgumentOutOfRangeException(nameof(Skip), Skip, "Skip must be 0 or more.");
            if (After != null && After.Length == 0) throw new ArgumentException("After must not be empty.", nameof(After));
            if (First < 0) throw new ArgumentOutOfRangeException(nameof(First), First, "First must be 0 or more.");
        }
    }
}
