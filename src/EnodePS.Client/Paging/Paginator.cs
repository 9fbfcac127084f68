using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Client.Errors;
using EnodePS.Client.Http;

namespace EnodePS.Client.Paging
{
    /// <summary>
    /// Streams a paged collection item by item, following pagination.after until it is null. Holds one page at a
    /// time, so memory does not grow with the collection.
    /// </summary>
    public static class Paginator
    {
        public static async IAsyncEnumerable<T> StreamAsync<T>(ApiTransport transport, string path,
            IEnumerable<KeyValuePair<string, string?>>? query, JsonTypeInfo<Page<T>> pageType, PageOptions? options,
            [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            options ??= new PageOptions();
            options.Validate();
            var fixedQuery = query?.ToList() ?? new List<KeyValuePair<string, string?>>();
            var toSkip = options.Skip;
            var remaining = options.First;
            if (remaining == 0) yield break;

            string? after = null;
            // 64-bit fingerprints rather than the cursors themselves: a cursor is ~80 characters, and a listing of a
            // million items has 20,000 of them; the fingerprints keep the loop check to a few bytes per page.
            var seenCursors = new HashSet<ulong>();
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var pageQuery = new List<KeyValuePair<string, string?>>(fixedQuery)
                {
                    new KeyValuePair<string, string?>("pageSize", PageSizeFor(options.PageSize, toSkip, remaining)),
                    new KeyValuePair<string, string?>("after", after),
                };
                var page = await transport.GetAsync(RequestPath.WithQuery(path, pageQuery), pageType, cancellationToken).ConfigureAwait(false);
                if (page.Data == null)
                    throw new EnodeProtocolException($"The answer to GET {path} has no \"data\" list.");

                foreach (var item in page.Data)
                {
                    if (item == null)
                        throw new EnodeProtocolException($"The answer to GET {path} has a null item in its \"data\" list.");
                    if (toSkip > 0) { toSkip--; continue; }
                    yield return item;
                    if (remaining.HasValue && --remaining == 0) yield break;
                }

                after = page.Pagination?.After;
                if (after == null || page.Data.Count == 0) yield break;
                if (!seenCursors.Add(Fingerprint(after)))
                    throw new EnodeProtocolException($"The server returned the cursor '{after}' twice while paging {path}; stopping rather than repeating items.");
            }
        }

        /// <summary>FNV-1a, 64 bits: two different cursors share a fingerprint with a chance of about one in 10^19.</summary>
        private static ulong Fingerprint(string cursor)
        {
            var hash = 14695981039346656037UL;
            foreach (var c in cursor)
            {
                hash = (hash ^ c) * 1099511628211UL;
            }
            return hash;
        }

        /// <summary>
        /// The caller's page size, or when none was asked for, no more than the items still wanted (so -First 3 reads 3).
        /// </summary>
        private static string? PageSizeFor(int? asked, long toSkip, long? remaining)
        {
            if (asked.HasValue) return asked.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!remaining.HasValue) return null;
            var needed = Math.Min(toSkip + remaining.Value, 50);
            return needed.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        /// <summary>A blocking view of an async stream, for callers without async (PowerShell 5.1 scripts, old code).</summary>
        public static IEnumerable<T> ToBlocking<T>(this IAsyncEnumerable<T> source, CancellationToken cancellationToken = default)
        {
            var enumerator = source.GetAsyncEnumerator(cancellationToken);
            try
            {
                while (enumerator.MoveNextAsync().AsTask().GetAwaiter().GetResult())
                    yield return enumerator.Current;
            }
            finally
            {
                enumerator.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
        }
    }
}
