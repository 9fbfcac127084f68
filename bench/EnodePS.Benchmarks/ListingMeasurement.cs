using System;
using System.Diagnostics;
using System.Text.Json;
using System.Threading.Tasks;

namespace EnodePS.Benchmarks
{
    /// <summary>What one fresh process measured for one path and one count (the same fields from C# and from pwsh).</summary>
    internal sealed class ListingResult
    {
        public string Path { get; set; } = "";
        public long Items { get; set; }

        /// <summary>Import-Module and Connect-Enode, or the token request: what comes before the first listing.</summary>
        public double PrepareSeconds { get; set; }

        /// <summary>The first listing in the process.</summary>
        public double ColdSeconds { get; set; }
        public double ColdItemsPerSecond => Items / ColdSeconds;

        /// <summary>Later listings in the same process, back to back for at least a second.</summary>
        public long WarmItems { get; set; }
        public double WarmSeconds { get; set; }
        public double WarmItemsPerSecond => WarmItems / WarmSeconds;

        public long StartLiveBytes { get; set; }
        public long PeakLiveBytes { get; set; }
        public int LiveSamples { get; set; }

        /// <summary>The process's peak resident memory (VmHWM), everything included.</summary>
        public long PeakRssBytes { get; set; }

        public string ToJson() => JsonSerializer.Serialize(this, BenchJson.Default.ListingResult);
        public static ListingResult FromJson(string json) => JsonSerializer.Deserialize(json, BenchJson.Default.ListingResult)!;
    }

    /// <summary>
    /// The C# paths' measurement, in a child process of its own, done as Scripts/measure-list.ps1 does it for the
    /// PowerShell paths: a cold listing (the first in the process), warm listings (back to back for at least a
    /// second), then one more with a full collection at about 100 points for the peak of live memory.
    /// </summary>
    internal static class ListingMeasurement
    {
        public static readonly TimeSpan MinimumWarmDuration = TimeSpan.FromSeconds(1);

        public static async Task<ListingResult> RunAsync(Target target, string pathName, long count)
        {
            var prepare = Stopwatch.StartNew();
            using var path = ListingPaths.Create(pathName, target);
            await path.PrepareAsync().ConfigureAwait(false);
            prepare.Stop();

            var watch = Stopwatch.StartNew();
            Check(pathName, count, await path.ListAsync(count, null).ConfigureAwait(false));
            var cold = watch.Elapsed.TotalSeconds;

            long warmItems = 0;
            watch.Restart();
            do
            {
                warmItems += Check(pathName, count, await path.ListAsync(count, null).ConfigureAwait(false));
            }
            while (watch.Elapsed < MinimumWarmDuration);
            var warm = watch.Elapsed.TotalSeconds;

            var startLive = MemoryProbe.LiveNow();
            using var live = MemoryProbe.LiveSampler();
            var every = count / 100 + 1;
            Check(pathName, count, await path.ListAsync(count, n => { if (n % every == 0) live.SampleLive(); }).ConfigureAwait(false));
            using var self = Process.GetCurrentProcess();
            return new ListingResult
            {
                Path = pathName,
                Items = count,
                PrepareSeconds = prepare.Elapsed.TotalSeconds,
                ColdSeconds = cold,
                WarmItems = warmItems,
                WarmSeconds = warm,
                StartLiveBytes = startLive,
                PeakLiveBytes = live.PeakLive,
                LiveSamples = live.LiveSamples,
                PeakRssBytes = self.PeakWorkingSet64,
            };
        }

        private static long Check(string pathName, long count, long read) =>
            read == count ? read : throw new InvalidOperationException($"{pathName} read {read} items, not {count}.");
    }
}
