using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace EnodePS.Benchmarks
{
    /// <summary>
    /// The "list" mode: every path reads the same pages from the same emulator host process, each measurement in a fresh
    /// process (a C# child of this program, or a pwsh running Scripts/measure-list.ps1), the paths in rotating order
    /// round after round so that drift of a shared machine falls on all of them alike.
    /// </summary>
    internal static class Listing
    {
        public const int LargeSize = 100_000;

        public static void Run(Target target, IReadOnlyList<int> sizes, IReadOnlyList<string> paths, int repeat, int largeRepeat)
        {
            foreach (var path in paths)
                if (!ListingPaths.All.Contains(path)) throw new ArgumentException($"Unknown path '{path}': use {string.Join(", ", ListingPaths.All)}.");
            var results = new Dictionary<(int Size, string Path), List<ListingResult>>();
            foreach (var size in sizes)
            {
                var rounds = size >= LargeSize ? Math.Min(repeat, largeRepeat) : repeat;
                for (var r = 0; r < rounds; r++)
                    for (var p = 0; p < paths.Count; p++)
                    {
                        var path = paths[(p + r) % paths.Count];
                        Console.Error.WriteLine($"  {size:N0} items, {path}, round {r + 1} of {rounds}...");
                        var key = (size, path);
                        if (!results.TryGetValue(key, out var list)) results[key] = list = new List<ListingResult>();
                        list.Add(Measure(target, path, size));
                    }
            }
            Report(sizes, paths, results, repeat, largeRepeat);
        }

        private static ListingResult Measure(Target target, string path, int size)
        {
            var count = size.ToString(CultureInfo.InvariantCulture);
            var timeout = TimeSpan.FromMinutes(15);
            var json = ListingPaths.InPowerShell(path)
                ? Pwsh.RunScript("measure-list.ps1", new[] { "-Path", path, "-Count", count }.Concat(target.ScriptArguments()), target.SecretEnvironment(), timeout)
                : ChildProcess.Run(target, new[] { "measure-list", "--path", path, "--count", count }, timeout);
            return ListingResult.FromJson(json);
        }

        private static void Report(IReadOnlyList<int> sizes, IReadOnlyList<string> paths, Dictionary<(int Size, string Path), List<ListingResult>> results, int repeat, int largeRepeat)
        {
            double Cold(int size, string path) => results.TryGetValue((size, path), out var r) ? Stats.Median(r.Select(x => x.ColdItemsPerSecond)) : double.NaN;
            double Warm(int size, string path) => results.TryGetValue((size, path), out var r) ? Stats.Median(r.Select(x => x.WarmItemsPerSecond)) : double.NaN;
            static string Range(IEnumerable<double> values) => string.Format(CultureInfo.InvariantCulture, "{0:N0} ({1:N0}–{2:N0})", Stats.Median(values), values.Min(), values.Max());
            static string Ratio(double value, double reference) => double.IsNaN(reference) ? "–" : string.Format(CultureInfo.InvariantCulture, "{0:0.00}x", value / reference);

            Console.WriteLine($"## Listing: vehicles in pages of {ListingPaths.PageSize} from the emulator host (a separate process)");
            Console.WriteLine();
            Console.WriteLine($"Each figure is a fresh process: a pwsh for the PowerShell paths, a child of the benchmark for C#. {repeat} rounds per size");
            Console.WriteLine($"({Math.Min(repeat, largeRepeat)} at {LargeSize:N0}), paths rotating; medians (min–max). **Cold**: the first listing in the process (after");
            Console.WriteLine("Import-Module and Connect-Enode, or the token request), what a runbook gets. **Warm**: later listings in the same session,");
            Console.WriteLine("back to back for at least a second. Ratios compare medians of the same kind (cold with cold). Peak live: the most");
            Console.WriteLine("managed memory still reachable after a full collection at ~100 points of one listing (the PowerShell engine's own");
            Console.WriteLine("included); peak RSS: the process's peak resident memory.");
            Console.WriteLine();
            foreach (var path in paths) Console.WriteLine($"- **{path}**: {ListingPaths.Describe(path)}");
            Console.WriteLine();
            Console.WriteLine("| Items | Path | Cold items/s | vs baseline | vs IRM loop | Warm items/s | vs baseline | vs IRM loop | Peak live (MB) | Peak RSS (MB) |");
            Console.WriteLine("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
            foreach (var size in sizes)
                foreach (var path in paths)
                {
                    var runs = results[(size, path)];
                    Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "| {0:N0} | {1} | {2} | {3} | {4} | {5} | {6} | {7} | {8:0.0} | {9:0} |",
                        size, path,
                        Range(runs.Select(x => x.ColdItemsPerSecond)), Ratio(Cold(size, path), Cold(size, ListingPaths.Baseline)), Ratio(Cold(size, path), Cold(size, ListingPaths.RestMethod)),
                        Range(runs.Select(x => x.WarmItemsPerSecond)), Ratio(Warm(size, path), Warm(size, ListingPaths.Baseline)), Ratio(Warm(size, path), Warm(size, ListingPaths.RestMethod)),
                        runs.Max(x => x.PeakLiveBytes) / 1048576.0, runs.Max(x => x.PeakRssBytes) / 1048576.0));
                }
            Console.WriteLine();
            Console.WriteLine("Before the first listing (Import-Module + Connect-Enode, or the token request), medians in seconds: " +
                string.Join("; ", paths.Select(p => string.Format(CultureInfo.InvariantCulture, "{0} {1:0.00}", p, Stats.Median(results.Where(r => r.Key.Path == p).SelectMany(r => r.Value).Select(x => x.PrepareSeconds))))));
            Console.WriteLine();

            Console.WriteLine("### Goals (issue 15)");
            Console.WriteLine();
            void Goal(string what, double value, double goal, bool atLeast, IReadOnlyList<double>? perRound = null)
            {
                if (double.IsNaN(value)) return;
                bool Meets(double v) => atLeast ? v >= goal : v <= goal;
                var rounds = perRound == null || perRound.Count < 2 ? "" : string.Format(CultureInfo.InvariantCulture,
                    "; round by round {0:0.00}x–{1:0.00}x, met in {2} of {3}", perRound.Min(), perRound.Max(), perRound.Count(Meets), perRound.Count);
                Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "- {0}: {1:0.00}x (goal: {2} {3:0.0}x: {4}{5})",
                    what, value, atLeast ? "at least" : "at most", goal, Meets(value) ? "met" : "NOT met", rounds));
            }
            // The two paths of one round ran within seconds of each other: their ratio leaves out the drift between rounds.
            IReadOnlyList<double>? PerRound(int size, string path, string reference, Func<ListingResult, double> figure) =>
                results.TryGetValue((size, path), out var a) && results.TryGetValue((size, reference), out var b)
                    ? a.Zip(b, (x, y) => figure(x) / figure(y)).ToList()
                    : null;
            var middle = sizes.Contains(10_000) ? 10_000 : sizes[sizes.Count / 2];
            Func<ListingResult, double> cold = x => x.ColdItemsPerSecond, warm = x => x.WarmItemsPerSecond;
            Goal($"cold Get-EnodeVehicle vs cold baseline at {middle:N0}", Cold(middle, ListingPaths.Cmdlet) / Cold(middle, ListingPaths.Baseline), 0.8, true,
                PerRound(middle, ListingPaths.Cmdlet, ListingPaths.Baseline, cold));
            Goal($"warm Get-EnodeVehicle vs warm baseline at {middle:N0}", Warm(middle, ListingPaths.Cmdlet) / Warm(middle, ListingPaths.Baseline), 1.2, true,
                PerRound(middle, ListingPaths.Cmdlet, ListingPaths.Baseline, warm));
            Goal($"warm Invoke-EnodeRequest -All vs warm Get-EnodeVehicle at {middle:N0}", Warm(middle, ListingPaths.Raw) / Warm(middle, ListingPaths.Cmdlet), 0.8, true,
                PerRound(middle, ListingPaths.Raw, ListingPaths.Cmdlet, warm));
            Goal($"warm Invoke-EnodeRequest -All vs warm Invoke-RestMethod loop at {middle:N0}", Warm(middle, ListingPaths.Raw) / Warm(middle, ListingPaths.RestMethod), 3, true,
                PerRound(middle, ListingPaths.Raw, ListingPaths.RestMethod, warm));
            Goal($"cold Invoke-EnodeRequest -All vs cold Invoke-RestMethod loop at {middle:N0}", Cold(middle, ListingPaths.Raw) / Cold(middle, ListingPaths.RestMethod), 3, true,
                PerRound(middle, ListingPaths.Raw, ListingPaths.RestMethod, cold));
            if (sizes.Count > 1)
                foreach (var path in paths.Where(p => p == ListingPaths.Cmdlet || p == ListingPaths.Raw))
                {
                    var small = results[(sizes.Min(), path)].Max(x => x.PeakLiveBytes);
                    var large = results[(sizes.Max(), path)].Max(x => x.PeakLiveBytes);
                    Goal($"{path} peak live memory, {sizes.Max():N0} items vs {sizes.Min():N0} ({large / 1048576.0:0.0} MB vs {small / 1048576.0:0.0} MB)", (double)large / small, 1.1, false);
                }
            Console.WriteLine();
        }
    }
}
