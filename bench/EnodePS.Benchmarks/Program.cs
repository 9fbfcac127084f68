using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;

namespace EnodePS.Benchmarks
{
    /// <summary>
    /// dotnet run -c Release --project bench/EnodePS.Benchmarks [-- mode] [--sizes 1000,10000,100000] [--repeat 3]
    /// Modes: all (default), list, import, overhead, wait, jit (not part of all). See bench/README.md.
    /// </summary>
    internal static class Program
    {
        private static readonly string[] Modes = { "all", "list", "import", "overhead", "wait", "jit" };

        private static async Task<int> Main(string[] argv)
        {
            var args = new Arguments(argv);
            if (args.Mode == "measure-list")
            {
                // a C# path's measurement, in a child process of its own
                Console.WriteLine((await ListingMeasurement.RunAsync(Target.From(args), args.Text("--path"), args.Int("--count", 1000))).ToJson());
                return 0;
            }
            if (Modes.Contains(args.Mode) && !args.Has("--help")) return Run(args);
            Console.WriteLine("Modes: all (default), list, import, overhead, wait, jit. Options: --sizes 1000,10000,100000  --repeat 3  --large-repeat 1" +
                              "  --paths baseline,cmdlet,raw,irm  --engine ready-to-run|tool  --import-rounds 7  --calls 1500" +
                              "  jit: --count 10000  --variants default,DOTNET_TieredPGO=0  --modules a/EnodePS.psd1,b/EnodePS.psd1");
            return args.Mode == "help" || args.Has("--help") ? 0 : 2;
        }

        private static int Run(Arguments args)
        {
            var sizes = args.Ints("--sizes", 1000, 10_000, 100_000);
            Pwsh.Engine = args.TextOrNull("--engine") ?? PowerShellEngine.ReadyToRun;
            if (!PowerShellEngine.All.Contains(Pwsh.Engine))
                throw new ArgumentException($"--engine must be one of: {string.Join(", ", PowerShellEngine.All)}; not '{Pwsh.Engine}'.");
            var loadBefore = Machine.LoadAverage();
            Console.WriteLine("# EnodePS benchmark");
            Console.WriteLine();
            Console.WriteLine($"Machine: {Machine.Describe()}; PowerShell {Pwsh.Version} ({PowerShellEngine.Describe(Pwsh.Engine)})");
            Console.WriteLine($"Run at {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC; load average (1/5/15 min) at start: {loadBefore ?? "n/a"}");
            Console.WriteLine();

            var exitCode = 0;
            var all = args.Mode == "all";
            if (args.Mode == "jit")
            {
                var count = args.Int("--count", 10_000);
                Console.Error.WriteLine($"Starting the emulator host with {count:N0} vehicles...");
                using var host = EmulatorHostProcess.Start(vehicles: count, users: 1);
                var variants = args.TextOrNull("--variants")?.Split(',').Select(v => v.Trim()).ToArray() ?? JitBenchmark.DefaultVariants;
                var modules = args.TextOrNull("--modules")?.Split(',').Select(m => System.IO.Path.GetFullPath(m.Trim())).ToArray()
                              ?? new[] { System.IO.Path.Combine(Paths.RepoRoot, "out", "EnodePS", "EnodePS.psd1") };
                JitBenchmark.Run(Target.Of(host), count, args.Int("--repeat", 3), variants, modules);
            }
            if (all || args.Mode == "list" || args.Mode == "overhead")
            {
                Console.Error.WriteLine($"Starting the emulator host with {sizes.Max():N0} vehicles...");
                using var host = EmulatorHostProcess.Start(vehicles: Math.Max(sizes.Max(), 100), users: 100);
                var target = Target.Of(host);
                if (all || args.Mode == "list")
                {
                    var paths = args.TextOrNull("--paths")?.Split(',').Select(p => p.Trim()).ToArray() ?? ListingPaths.Default;
                    Listing.Run(target, sizes, paths, args.Int("--repeat", 3), args.Int("--large-repeat", 1));
                }
                if (all || args.Mode == "overhead") Overhead(target, args.Int("--calls", 1500));
            }
            if (all || args.Mode == "import") ImportBenchmark.Run(args.Int("--import-rounds", 7));
            if (all || args.Mode == "wait") exitCode = WaitingBenchmark.Run();
            Console.WriteLine($"Load average at end: {Machine.LoadAverage() ?? "n/a"}");
            return exitCode;
        }

        private static void Overhead(Target target, int calls)
        {
            Console.Error.WriteLine("  per-call cost...");
            var result = OverheadBenchmark.Run(target, calls);
            Console.WriteLine("## Per-call cost in a warm pwsh session: get one vehicle by id");
            Console.WriteLine();
            Console.WriteLine($"{result.Rounds} rounds, each {result.CallsPerRound:N0} `Invoke-RestMethod` calls, then {result.CallsPerRound:N0} `Get-EnodeVehicle -Id` calls, for the same");
            Console.WriteLine("vehicles in one pwsh session; medians over the rounds, and the spread (quartiles) of the per-round difference.");
            Console.WriteLine();
            Console.WriteLine("| Path | Microseconds per call |");
            Console.WriteLine("| --- | ---: |");
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "| Invoke-RestMethod -Uri .../vehicles/{{id}} | {0:N0} |", result.RestMicroseconds));
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "| Get-EnodeVehicle -Id | {0:N0} |", result.CmdletMicroseconds));
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "| cmdlet minus Invoke-RestMethod, per round: median (quartiles) | {0:N0} ({1:N0} to {2:N0}) |",
                result.OverheadMicroseconds, result.OverheadLowerQuartile, result.OverheadUpperQuartile));
            Console.WriteLine();
        }
    }
}
