using System;
using EnodePS.Client.Validation;

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
                throw new EnodeValidationException(nameof(PageSize), PageSize, $"a whole number from 1 to {MaxPageSize}.");
            if (Skip < 0) throw new EnodeValidationException(nameof(Skip), Skip, "0 or more.");
            if (After != null && After.Length == 0) throw new EnodeValidationException(nameof(After), After, "a cursor from a listing, not empty.");
            if (First < 0) throw new EnodeValidationException(nameof(First), First, "0 or more.");
        }
    }
}
