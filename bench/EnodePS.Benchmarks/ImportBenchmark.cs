using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Emit;

namespace EnodePS.Benchmarks
{
    /// <summary>
    /// Import-Module in a fresh pwsh: a pwsh that imports nothing, one that imports an empty binary module (an assembly
    /// with one empty public class, written for the run), and one that imports the built EnodePS module, in alternating
    /// rounds. Wall time from process start to exit, and Import-Module's own time measured inside the process.
    /// </summary>
    internal static class ImportBenchmark
    {
        public const string Nothing = "pwsh, nothing imported", Empty = "Import-Module of an empty binary module", Enode = "Import-Module EnodePS";

        public static void Run(int rounds)
        {
            var directory = Path.Combine(Path.GetTempPath(), "enodeps-bench-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(directory);
            try
            {
                var empty = WriteEmptyModule(directory);
                var manifest = Path.Combine(Paths.RepoRoot, "out", "EnodePS", "EnodePS.psd1");
                var variants = new (string Name, string Script)[]
                {
                    (Nothing, "0"),
                    (Empty, Timed(empty)),
                    (Enode, Timed(manifest)),
                };
                var wall = variants.ToDictionary(v => v.Name, _ => new List<double>());
                var inside = variants.ToDictionary(v => v.Name, _ => new List<double>());
                for (var round = 0; round < rounds; round++)
                    for (var i = 0; i < variants.Length; i++)
                    {
                        var (name, script) = variants[(i + round) % variants.Length];
                        Console.Error.WriteLine($"  import: {name}, round {round + 1} of {rounds}...");
                        var (elapsed, output) = Pwsh.Timed(new[] { "-Command", script });
                        wall[name].Add(elapsed.TotalSeconds);
                        inside[name].Add(double.Parse(output, CultureInfo.InvariantCulture) / 1000);
                    }

                var start = Stats.Median(wall[Nothing]);
                Console.WriteLine("## Import-Module in a fresh pwsh");
                Console.WriteLine();
                Console.WriteLine($"{rounds} rounds of three fresh `pwsh -NoProfile -NonInteractive -Command` processes, in rotating order; medians (min to max).");
                Console.WriteLine("Wall: from process start to exit. Import-Module: the command's own time, measured inside the process.");
                Console.WriteLine();
                Console.WriteLine("| Process | Wall (s) | vs nothing imported | Import-Module (s) |");
                Console.WriteLine("| --- | ---: | ---: | ---: |");
                foreach (var (name, _) in variants)
                    Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "| {0} | {1:0.00} ({2:0.00} to {3:0.00}) | {4:0.00}x | {5} |",
                        name, Stats.Median(wall[name]), wall[name].Min(), wall[name].Max(), Stats.Median(wall[name]) / start,
                        name == Nothing ? "" : string.Format(CultureInfo.InvariantCulture, "{0:0.000} ({1:0.000} to {2:0.000})", Stats.Median(inside[name]), inside[name].Min(), inside[name].Max())));
                Console.WriteLine();
                var ratio = Stats.Median(wall[Enode]) / start;
                Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "- pwsh importing EnodePS: {0:0.00}x a pwsh that imports nothing (goal: at most 1.3x: {1})", ratio, ratio <= 1.3 ? "met" : "NOT met"));
                Console.WriteLine();
            }
            finally
            {
                Directory.Delete(directory, recursive: true);
            }
        }

        private static string Timed(string module) =>
            "$w = [Diagnostics.Stopwatch]::StartNew(); Import-Module '" + module.Replace("'", "''") + "'; [string]$w.Elapsed.TotalMilliseconds";

        /// <summary>An assembly with one empty public class: what Import-Module of any binary module costs at the least.</summary>
        private static string WriteEmptyModule(string directory)
        {
            var builder = new PersistedAssemblyBuilder(new AssemblyName("EmptyBinaryModule"), typeof(object).Assembly);
            var module = builder.DefineDynamicModule("EmptyBinaryModule");
            module.DefineType("EmptyBinaryModule.Nothing", TypeAttributes.Public | TypeAttributes.Class | TypeAttributes.Sealed).CreateType();
            var path = Path.Combine(directory, "EmptyBinaryModule.dll");
            builder.Save(path);
            return path;
        }
    }
}
