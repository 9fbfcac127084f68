using System;
using System.Collections.Generic;
using System.Globalization;
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
    /// Streams a paged collection item by item, following pagination.after until it is null. Looks one page ahead:
    /// as soon as a page arrives its cursor is read from the raw answer and the next page is asked for, so the
    /// server prepares page n+1 while page n is built into items and consumed (in PowerShell, while the rest of the
    /// pipeline works on them). Holds at most two pages, so memory does not grow with the collection; never asks for
    /// a page that -First or the end of the collection makes unnecessary.
    /// </summary>
    public static class Paginator
    {
        /// <summary>The key under which a failed page's exception carries the cursor to resume from (null: from the start).</summary>
        public const string ResumeCursorKey = "EnodeResumeAfter";

        /// <summary>
        /// The cursor a listing that stopped with <paramref name="exception"/> resumes from: pass it as
        /// <see cref="PageOptions.After"/> to read the pages not yet read. False when the exception did not come from
        /// reading a page (then nothing is known about where to resume).
        /// </summary>
        public static bool TryGetResumeCursor(Exception exception, out string? after)
        {
            after = null;
            for (var e = exception; e != null; e = e.InnerException)
            {
                if (!e.Data.Contains(ResumeCursorKey)) continue;
                after = e.Data[ResumeCursorKey] as string;
                return true;
            }
            return false;
        }

        /// <summary>The page's answer; a failure to get it records the cursor it was asked with, to resume from.</summary>
        private static async Task<ResponseBody> Resumable(Task<ResponseBody> answer, string? cursor)
        {
            try
            {
                return await answer.ConfigureAwait(false);
            }
            catch (Exception ex) when (!(ex is OperationCanceledException))
            {
                ex.Data[ResumeCursorKey] = cursor;
                throw;
            }
        }

        public static IAsyncEnumerable<T> StreamAsync<T>(ApiTransport transport, string path,
            IEnumerable<KeyValuePair<string, string?>>? query, JsonTypeInfo<Page<T>> pageType, PageOptions? options,
            CancellationToken cancellationToken = default) =>
            StreamAsync(transport, path, query, (body, what) => ProblemReader.Deserialize(body, pageType, what), options, cancellationToken);

        /// <summary>Reads one page's answer into its items; <c>what</c> names the answer for errors ("answer to GET /vehicles").</summary>
        internal delegate Page<T> PageReader<T>(ReadOnlySpan<byte> body, string what);

        internal static async IAsyncEnumerable<T> StreamAsync<T>(ApiTransport transport, string path,
            IEnumerable<KeyValuePair<string, string?>>? query, PageReader<T> readPage, PageOptions? options,
            [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            options ??= new PageOptions();
            options.Validate();
            var fixedQuery = query?.ToList() ?? new List<KeyValuePair<string, string?>>();
            var toSkip = options.Skip;
            var remaining = options.First;
            if (remaining == 0) yield break;

            Task<ResponseBody> Fetch(string? after, int size, CancellationToken token)
            {
                var pageQuery = new List<KeyValuePair<string, string?>>(fixedQuery)
                {
                    new KeyValuePair<string, string?>("pageSize", options.PageSize.HasValue || remaining.HasValue ? size.ToString(CultureInfo.InvariantCulture) : null),
                    new KeyValuePair<string, string?>("after", after),
                };
                return transport.GetBodyAsync(RequestPath.WithQuery(path, pageQuery), token);
            }

            // 64-bit fingerprints rather than the cursors themselves: a cursor is ~80 characters, and a listing of a
            // million items has 20,000 of them; the fingerprints keep the loop check to a few bytes per page.
            var seenCursors = new HashSet<ulong>();
            PageAhead? ahead = null;
            ResponseBody? body = null;
            try
            {
                var size = PageSizeFor(options.PageSize, toSkip, remaining);
                body = await Resumable(Fetch(options.After, size, cancellationToken), options.After).ConfigureAwait(false);
                while (true)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    // Ask for the next page now, unless this one may already hold every item still wanted.
                    if ((!remaining.HasValue || toSkip + remaining.Value > size)
                        && NextCursorHint.TryRead(body.Span, out var hinted) && hinted != null && !seenCursors.Contains(Fingerprint(hinted)))
                    {
                        // Assuming this page is full: if it is not, the next page asks for fewer items than are still wanted, and paging goes on.
                        var skipped = Math.Min(toSkip, size);
                        var nextSize = PageSizeFor(options.PageSize, toSkip - skipped, remaining - (size - skipped));
                        var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                        ahead = new PageAhead(hinted, nextSize, Fetch(hinted, nextSize, stop.Token), stop);
                    }

                    var page = readPage(body.Span, "answer to GET " + path);
                    body.Dispose();
                    body = null;
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

                    var after = page.Pagination?.After;
                    if (after == null || page.Data.Count == 0) yield break;
                    if (!seenCursors.Add(Fingerprint(after)))
                        throw new EnodeProtocolException($"The server returned the cursor '{after}' twice while paging {path}; stopping rather than repeating items.");

                    var next = ahead;
                    ahead = null;
                    if (next != null && next.Cursor == after)
                    {
                        size = next.Size;
                        using (next) body = await Resumable(next.Answer, after).ConfigureAwait(false);
                    }
                    else
                    {
                        if (next != null) await next.DiscardAsync().ConfigureAwait(false); // the page said otherwise than the hint
                        size = PageSizeFor(options.PageSize, toSkip, remaining);
                        body = await Resumable(Fetch(after, size, cancellationToken), after).ConfigureAwait(false);
                    }
                }
            }
            finally
            {
                body?.Dispose();
                if (ahead != null) await ahead.DiscardAsync().ConfigureAwait(false); // the consumer stopped, or an error: no request left behind
            }
        }

        /// <summary>A page asked for ahead of need: the cursor it was asked with, the answer to come, and a way to call it off.</summary>
        private sealed class PageAhead : IDisposable
        {
            private readonly CancellationTokenSource _stop;

            public PageAhead(string cursor, int size, Task<ResponseBody> answer, CancellationTokenSource stop)
            {
                Cursor = cursor;
                Size = size;
                Answer = answer;
                _stop = stop;
            }

            public string Cursor { get; }
            public int Size { get; }
            public Task<ResponseBody> Answer { get; }

            /// <summary>Cancels a page that will not be read and waits for it, so that nothing runs on unobserved.</summary>
            public async Task DiscardAsync()
            {
                _stop.Cancel();
                try
                {
                    (await Answer.ConfigureAwait(false)).Dispose();
                }
                catch
                {
                    // its failure concerns a page nobody will read
                }
                Dispose();
            }

            public void Dispose() => _stop.Dispose();
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

        /// <summary>The API's page size when none is asked for.</summary>
        private const int DefaultPageSize = 50;

        /// <summary>
        /// The caller's page size, or when none was asked for, no more than the items still wanted (so -First 3 reads 3),
        /// at most the API's default.
        /// </summary>
        private static int PageSizeFor(int? asked, long toSkip, long? remaining)
        {
            if (asked.HasValue) return asked.Value;
            if (!remaining.HasValue) return DefaultPageSize;
            return (int)Math.Max(1, Math.Min(toSkip + remaining.Value, DefaultPageSize));
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
