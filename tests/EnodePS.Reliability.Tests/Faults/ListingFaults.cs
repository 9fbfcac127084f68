using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using EnodePS.Client;
using EnodePS.Emulator.Faults;
using EnodePS.Emulator.Routing;

namespace EnodePS.Reliability.Tests.Faults
{
    /// <summary>
    /// The faults a long listing of vehicles meets, all deterministic: fixed fractions of the list requests answer 429
    /// with Retry-After: 0, lose their connection, or have their body cut in half; after every 1,000th item a burst
    /// of three 503s; once, after item 5,000, a 429 that asks for one whole second.
    /// </summary>
    internal static class ListingFaults
    {
        public const string Operation = "GET /vehicles";
        public const int BurstEvery = 1000;
        public const int BurstLength = 3;
        public const int SlowRetryAfterItem = 5000;

        public static void ArmFractions(FaultInjector faults)
        {
            faults.FailEvery(FaultKind.TooManyRequests, 7, Operation, retryAfterSeconds: 0);
            faults.FailEvery(FaultKind.DropConnection, 11, Operation);
            faults.FailEvery(FaultKind.TruncateBody, 13, Operation);
        }

        /// <summary>Called with the count of items received so far; arms the bursts at their points in the listing.</summary>
        public static void OnItem(int received, FaultInjector faults)
        {
            if (received % BurstEvery == 0) faults.FailNext(FaultKind.ServiceUnavailable, BurstLength, retryAfterSeconds: 0, operation: Operation);
            if (received == SlowRetryAfterItem) faults.FailNext(FaultKind.TooManyRequests, 1, retryAfterSeconds: 1, operation: Operation);
        }
    }

    /// <summary>What the emulator saw of one listing, by outcome, and what the client did about it.</summary>
    internal sealed class ListingReport
    {
        private ListingReport(IReadOnlyList<RecordedRequest> requests, int pages, RetryStatistics retries, TimeSpan elapsed, int items)
        {
            Requests = requests.Count;
            TooManyRequests = requests.Count(r => r.Status == 429);
            Unavailable = requests.Count(r => r.Status == 503);
            Dropped = requests.Count(r => r.Status == 0);
            // A truncated answer is journaled with its real status (200): every 200 beyond the pages delivered was cut.
            Truncated = requests.Count(r => r.Status == 200) - pages;
            Pages = pages;
            Retries = retries.Retries;
            Waited = retries.TimeWaited;
            Elapsed = elapsed;
            Items = items;
        }

        public int Requests { get; }
        public int TooManyRequests { get; }
        public int Unavailable { get; }
        public int Dropped { get; }
        public int Truncated { get; }
        public int Pages { get; }
        public long Retries { get; }
        public TimeSpan Waited { get; }
        public TimeSpan Elapsed { get; }
        public int Items { get; }

        /// <summary>Faults that reached the client's retry layer (a reset on a reused connection may be resent by .NET's socket handler below it).</summary>
        public int FaultsSeenByRetryLayer => TooManyRequests + Unavailable + Truncated;

        public static ListingReport Of(IEnumerable<RecordedRequest> journal, int pages, RetryStatistics retries, TimeSpan elapsed, int items) =>
            new ListingReport(journal.Where(r => r.Operation == ListingFaults.Operation).ToList(), pages, retries, elapsed, items);

        public override string ToString() => string.Format(CultureInfo.InvariantCulture,
            "{0} items in {1} pages in {2:0.00} s; {3} list requests: {4} x 429, {5} x 503, {6} dropped, {7} truncated; " +
            "client retries: {8}, time waited: {9:0.000} s",
            Items, Pages, Elapsed.TotalSeconds, Requests, TooManyRequests, Unavailable, Dropped, Truncated, Retries, Waited.TotalSeconds);
    }
}
