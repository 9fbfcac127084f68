using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace EnodePS.Benchmarks
{
    /// <summary>
    /// The "jit" mode: how much of a cold start is the JIT's. Fresh pwsh processes (Scripts/measure-jit.ps1) import the
    /// module, connect and list three times; each phase reports its time, the methods compiled during it and the time
    /// spent compiling. Variants are runtime settings passed as environment variables (DOTNET_TieredPGO=0, ...) and,
    /// with --modules, other module layouts (e.g. a copy without Core/<rid>, which imports Core's IL); rounds rotate them.
    /// </summary>
    internal static class JitBenchmark
    {
        public static readonly string[] DefaultVariants = { "default", "DOTNET_TieredPGO=0", "DOTNET_ReadyToRun=0", "DOTNET_TieredCompilation=0" };
        private static readonly string[] Phases = { "import", "connect", "cold", "second", "third" };

        public static void Run(Target target, int count, int rounds, IReadOnlyList<string> variants, IReadOnlyList<string> modules)
        {
            var combos = (from module in modules from variant in variants select (Module: module, Variant: variant)).ToList();
            var results = combos.ToDictionary(c => c, _ => new List<JsonElement>());
            for (var round = 0; round < rounds; round++)
                for (var i = 0; i < combos.Count; i++)
                {
                    var combo = combos[(i + round) % combos.Count];
                    Console.Error.WriteLine($"  jit: {Label(combo, modules)}, round {round + 1} of {rounds}...");
                    var environment = target.SecretEnvironment();
                    if (combo.Variant != "default")
                    {
                        var parts = combo.Variant.Split('=', 2);
                        if (parts.Length != 2) throw new ArgumentException($"A variant is 'default' or NAME=VALUE, not '{combo.Variant}'.");
                        environment[parts[0]] = parts[1];
                    }
                    var arguments = target.ScriptArguments().Concat(new[] { "-Count", count.ToString(CultureInfo.InvariantCulture), "-Module", combo.Module });
                    var line = Pwsh.RunScript("measure-jit.ps1", arguments.ToArray(), environment, TimeSpan.FromMinutes(10));
                    using var document = JsonDocument.Parse(line);
                    results[combo].Add(document.RootElement.Clone());
                }

            Console.WriteLine($"## The JIT's share of a cold start: {count:N0} vehicles, pages of 50");
            Console.WriteLine();
            Console.WriteLine($"{rounds} rounds of fresh pwsh processes (Scripts/measure-jit.ps1), variants rotating; medians (min to max) in ms, and the");
            Console.WriteLine("methods compiled during the phase (tier-1 recompilations included) with the time spent compiling them, medians.");
            Console.WriteLine("cold/second/third: `Get-EnodeVehicle -PageSize 50 -First n | Measure-Object`, the first three listings of the process.");
            Console.WriteLine();
            Console.WriteLine("| Variant | " + string.Join(" | ", Phases) + " |");
            Console.WriteLine("| --- |" + string.Concat(Phases.Select(_ => " ---: |")));
            foreach (var combo in combos)
            {
                var cells = Phases.Select(phase =>
                {
                    var ms = results[combo].Select(r => r.GetProperty(phase).GetProperty("ms").GetDouble()).ToList();
                    var methods = Stats.Median(results[combo].Select(r => r.GetProperty(phase).GetProperty("methods").GetDouble()));
                    var jit = Stats.Median(results[combo].Select(r => r.GetProperty(phase).GetProperty("jitMs").GetDouble()));
                    return string.Format(CultureInfo.InvariantCulture, "{0:N0} ({1:N0} to {2:N0}); {3:N0} methods, {4:N0} ms", Stats.Median(ms), ms.Min(), ms.Max(), methods, jit);
                });
                Console.WriteLine($"| {Label(combo, modules)} | " + string.Join(" | ", cells) + " |");
            }
            Console.WriteLine();
        }

        private static string Label((string Module, string Variant) combo, IReadOnlyList<string> modules) =>
            modules.Count == 1 ? combo.Variant : $"{Path.GetFileName(Path.GetDirectoryName(combo.Module))}, {combo.Variant}";
    }
}
