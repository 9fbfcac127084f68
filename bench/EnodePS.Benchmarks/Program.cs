using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;

namespace EnodePS.Benchmarks
{
    /// <summary>
    /// dotnet run -c Release --project bench/EnodePS.Benchmarks [-- mode] [--sizes 1000,10000,100000] [--repeat 3]
    /// Modes: all (default), list, overhead, wait. See bench/README.md.
    /// </summary>
    internal static class Program
    {
        private static async Task<int> Main(string[] argv)
        {
            var args = new Arguments(argv);
            switch (args.Mode)
            {
                // measurements run in child processes of their own
                case "measure-list":
                    Console.WriteLine((await ListingMeasurement.RunAsync(Target.From(args), args.Text("--path"), args.Int("--count", 1000))).ToJson());
                    return 0;
                case "measure-overhead":
                    Console.WriteLine((await OverheadBenchmark.RunAsync(Target.From(args), args.Int("--calls", 4500))).ToJson());
                    return 0;

                case "all":
                case "list":
                case "overhead":
                case "wait":
                    return Run(args);
                default:
                    Console.WriteLine("Modes: all (default), list, overhead, wait. Options: --sizes 1000,10000,100000  --repeat 3  --calls 4500");
                    return args.Mode == "help" || args.Has("--help") ? 0 : 2;
            }
        }

        private static int Run(Arguments args)
        {
            var sizes = args.Ints("--sizes", 1000, 10_000, 100_000);
            var repeat = args.Int("--repeat", 3);
            var loadBefore = Machine.LoadAverage();
            Console.WriteLine("# EnodePS benchmark");
            Console.WriteLine();
            Console.WriteLine($"Machine: {Machine.Describe()}");
            Console.WriteLine($"Run at {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC; load average (1/5/15 min) at start: {loadBefore ?? "n/a"}");
            Console.WriteLine();

            var exitCode = 0;
            if (args.Mode != "wait")
            {
                Console.Error.WriteLine($"Starting the emulator host with {Math.Max(sizes.Max(), ListingMeasurement.WarmUpItems):N0} vehicles...");
                using var host = EmulatorHostProcess.Start(vehicles: Math.Max(sizes.Max(), ListingMeasurement.WarmUpItems), users: 100);
                var target = Target.Of(host);
                if (args.Mode != "overhead") Listing(target, sizes, repeat);
                if (args.Mode != "list") Overhead(target, args.Int("--calls", 4500));
            }
            if (args.Mode == "all" || args.Mode == "wait") exitCode = WaitingBenchmark.Run();
            Console.WriteLine($"Load average at end: {Machine.LoadAverage() ?? "n/a"}");
            return exitCode;
        }

        private static void Listing(Target target, IReadOnlyList<int> sizes, int repeat)
        {
            var results = new Dictionary<(int Size, string Path), List<ListingResult>>();
            foreach (var size in sizes)
                for (var r = 0; r < repeat; r++)
                    for (var p = 0; p < ListingPaths.All.Length; p++)
                    {
                        // Rotate the order each round, so that no path always runs first (or right after another).
                        var path = ListingPaths.All[(p + r) % ListingPaths.All.Length];
                        Console.Error.WriteLine($"  {size:N0} items, {path}, round {r + 1} of {repeat}...");
                        var json = ChildProcess.Run(target, new[] { "measure-list", "--path", path, "--count", size.ToString(CultureInfo.InvariantCulture) }, TimeSpan.FromMinutes(10));
                        var key = (size, path);
                        if (!results.TryGetValue(key, out var list)) results[key] = list = new List<ListingResult>();
                        list.Add(ListingResult.FromJson(json));
                    }

            Console.WriteLine($"## Listing: vehicles in pages of {ListingPaths.PageSize} from the emulator host (a separate process)");
            Console.WriteLine();
            Console.WriteLine($"Throughput is the best of {repeat} runs, each in a fresh process after a warm-up of {ListingMeasurement.WarmUpItems:N0} items, each timing");
            Console.WriteLine($"listings of the given size back to back for at least {ListingMeasurement.MinimumTimedDuration.TotalSeconds:0} s; memory is the highest of the runs. Peak live: the");
            Console.WriteLine("most managed memory still reachable after a full collection, sampled at ~200 points of one listing; peak heap: the");
            Console.WriteLine("most between collections, garbage included.");
            Console.WriteLine();
            Console.WriteLine("| Items | Path | Items/s | vs baseline | Peak live (MB) | Peak heap (MB) | Allocated per item (KB) |");
            Console.WriteLine("| ---: | --- | ---: | ---: | ---: | ---: | ---: |");
            foreach (var size in sizes)
            {
                var baseline = results[(size, ListingPaths.Baseline)].Max(x => x.ItemsPerSecond);
                foreach (var path in ListingPaths.All)
                {
                    var runs = results[(size, path)];
                    var best = runs.Max(x => x.ItemsPerSecond);
                    Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "| {0:N0} | {1} | {2:N0} | {3:0.00}x | {4:0.00} | {5:0.0} | {6:0.0} |",
                        size, path, best, best / baseline, runs.Max(x => x.PeakLiveBytes) / 1048576.0, runs.Max(x => x.PeakHeapBytes) / 1048576.0,
                        runs.Average(x => (double)x.AllocatedBytes / x.Items) / 1024));
                }
            }
            Console.WriteLine();

            Console.WriteLine("### Goals");
            Console.WriteLine();
            foreach (var size in sizes)
            {
                var baseline = results[(size, ListingPaths.Baseline)].Max(x => x.ItemsPerSecond);
                foreach (var path in new[] { ListingPaths.Models, ListingPaths.Client, ListingPaths.Cmdlet })
                {
                    var ratio = results[(size, path)].Max(x => x.ItemsPerSecond) / baseline;
                    var verdict = path == ListingPaths.Client ? "goal: at least 0.8x: " + (ratio >= 0.8 ? "met" : "NOT met") : "no goal: for comparison";
                    Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "- {0} throughput at {1:N0} items: {2:0.000}x the baseline ({3})", path, size, ratio, verdict));
                }
            }
            if (sizes.Count > 1)
            {
                var smallest = sizes.Min();
                var largest = sizes.Max();
                foreach (var path in ListingPaths.All)
                {
                    var small = results[(smallest, path)].Max(x => x.PeakLiveBytes);
                    var large = results[(largest, path)].Max(x => x.PeakLiveBytes);
                    var ratio = (double)large / small;
                    var verdict = path == ListingPaths.Client || path == ListingPaths.Cmdlet ? "goal: at most 1.2x: " + (ratio <= 1.2 ? "met" : "NOT met") : "no goal: for comparison";
                    var perItem = (large - small) / (double)(largest - smallest);
                    Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "- {0} peak live memory, {1:N0} items vs {2:N0}: {3:0.00} MB vs {4:0.00} MB = {5:0.00}x, {6:0.0} bytes more per extra item ({7})",
                        path, largest, smallest, large / 1048576.0, small / 1048576.0, ratio, perItem, verdict));
                }
            }
            Console.WriteLine();
        }

        private static void Overhead(Target target, int calls)
        {
            Console.Error.WriteLine("  per-call overhead...");
            var result = OverheadResult.FromJson(ChildProcess.Run(target, new[] { "measure-overhead", "--calls", calls.ToString(CultureInfo.InvariantCulture) }, TimeSpan.FromMinutes(10)));
            Console.WriteLine("## Per-call overhead of the cmdlet layer: get one vehicle by id");
            Console.WriteLine();
            Console.WriteLine($"{result.Rounds} rounds, each {result.CallsPerRound:N0} calls straight to the client, then {result.CallsPerRound:N0} through the cmdlet, on the");
            Console.WriteLine("same connection and client; medians over the rounds, and the spread (quartiles) of the per-round difference.");
            Console.WriteLine();
            Console.WriteLine("| Path | Microseconds per call |");
            Console.WriteLine("| --- | ---: |");
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "| client (Vehicles.GetAsync) | {0:N0} |", result.ClientMicroseconds));
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "| cmdlet (Get-EnodeVehicle -Id, through the seam) | {0:N0} |", result.CmdletMicroseconds));
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "| cmdlet minus client, per round: median (quartiles) | {0:N0} ({1:N0} to {2:N0}) |",
                result.OverheadMicroseconds, result.OverheadLowerQuartile, result.OverheadUpperQuartile));
            Console.WriteLine();
        }
    }
}
