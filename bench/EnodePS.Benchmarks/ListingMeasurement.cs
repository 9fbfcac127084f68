using System;
using System.Diagnostics;
using System.Text.Json;
using System.Threading.Tasks;

namespace EnodePS.Benchmarks
{
    /// <summary>What one child process measured for one path and one count.</summary>
    internal sealed class ListingResult
    {
        public string Path { get; set; } = "";
        public long Items { get; set; }
        public double Seconds { get; set; }
        public double ItemsPerSecond => Items / Seconds;
        public long AllocatedBytes { get; set; }
        public long PeakHeapBytes { get; set; }
        public long PeakLiveBytes { get; set; }
        public long StartLiveBytes { get; set; }
        public int LiveSamples { get; set; }

        public string ToJson() => JsonSerializer.Serialize(this, BenchJson.Default.ListingResult);
        public static ListingResult FromJson(string json) => JsonSerializer.Deserialize(json, BenchJson.Default.ListingResult)!;
    }

    /// <summary>
    /// Runs in a child process of its own (a clean heap for every measurement): warms the path up with 5,000 items, times one listing
    /// of <c>count</c> items with a light heap sampler, then lists again with a full collection every few items to find
    /// the peak of live memory.
    /// </summary>
    internal static class ListingMeasurement
    {
        public const int WarmUpItems = 5000;
        public static readonly TimeSpan MinimumTimedDuration = TimeSpan.FromSeconds(2);

        public static async Task<ListingResult> RunAsync(Target target, string pathName, long count)
        {
            using var path = ListingPaths.Create(pathName, target);
            await path.PrepareAsync().ConfigureAwait(false);
            // Long enough for tiered JIT to settle and the runtime's buffer pools to fill, so that a short listing is
            // not timed on first-tier code and a long one does not count pool growth as its own memory.
            await path.ListAsync(WarmUpItems, null).ConfigureAwait(false);

            var startLive = MemoryProbe.LiveNow();
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            // A short listing is timed over repeated runs of at least two seconds in all: one run of a thousand items is
            // over in a tenth of a second, which a scheduler hiccup on a shared machine can double.
            var heap = MemoryProbe.HeapSampler();
            var watch = Stopwatch.StartNew();
            long total = 0;
            do
            {
                var read = await path.ListAsync(count, null).ConfigureAwait(false);
                if (read != count) throw new InvalidOperationException($"{pathName} read {read} items, not {count}.");
                total += read;
            }
            while (watch.Elapsed < MinimumTimedDuration);
            watch.Stop();
            heap.Dispose();
            var result = new ListingResult
            {
                Path = pathName,
                Items = total,
                Seconds = watch.Elapsed.TotalSeconds,
                AllocatedBytes = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore,
                PeakHeapBytes = heap.PeakHeap,
                StartLiveBytes = startLive,
            };

            MemoryProbe.LiveNow();
            using var live = MemoryProbe.LiveSampler();
            // About 200 samples whatever the count (a peak is a maximum: more samples would find a higher one), falling on
            // different positions within the pages.
            var every = count / 200 + 1;
            await path.ListAsync(count, n => { if (n % every == 0) live.SampleLive(); }).ConfigureAwait(false);
            result.PeakLiveBytes = live.PeakLive;
            result.LiveSamples = live.LiveSamples;
            return result;
        }
    }
}
