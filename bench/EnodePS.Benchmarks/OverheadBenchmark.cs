using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace EnodePS.Benchmarks
{
    internal sealed class OverheadResult
    {
        public int Rounds { get; set; }
        public int CallsPerRound { get; set; }
        public double RestMicroseconds { get; set; }
        public double CmdletMicroseconds { get; set; }

        /// <summary>The median of the per-round differences (cmdlet minus Invoke-RestMethod): pairs taken close in time cancel drift.</summary>
        public double OverheadMicroseconds { get; set; }
        public double OverheadLowerQuartile { get; set; }
        public double OverheadUpperQuartile { get; set; }
    }

    /// <summary>
    /// What one call costs in a warm pwsh session: Get-EnodeVehicle -Id against Invoke-RestMethod for the same vehicle
    /// with the same token, in alternating rounds (Scripts/measure-overhead.ps1); medians and quartiles.
    /// </summary>
    internal static class OverheadBenchmark
    {
        public const int Rounds = 15;

        public static OverheadResult Run(Target target, int calls)
        {
            var perRound = Math.Max(1, calls / Rounds);
            var json = Pwsh.RunScript("measure-overhead.ps1",
                target.ScriptArguments().Concat(new[] { "-Rounds", Rounds.ToString(CultureInfo.InvariantCulture), "-Calls", perRound.ToString(CultureInfo.InvariantCulture) }),
                target.SecretEnvironment(), TimeSpan.FromMinutes(10));
            using var document = JsonDocument.Parse(json);
            var cmdlet = document.RootElement.GetProperty("cmdletMicroseconds").EnumerateArray().Select(e => e.GetDouble()).ToList();
            var rest = document.RootElement.GetProperty("restMicroseconds").EnumerateArray().Select(e => e.GetDouble()).ToList();
            var differences = cmdlet.Zip(rest, (c, r) => c - r).ToList();
            return new OverheadResult
            {
                Rounds = cmdlet.Count,
                CallsPerRound = perRound,
                RestMicroseconds = Stats.Quantile(rest, 0.5),
                CmdletMicroseconds = Stats.Quantile(cmdlet, 0.5),
                OverheadMicroseconds = Stats.Quantile(differences, 0.5),
                OverheadLowerQuartile = Stats.Quantile(differences, 0.25),
                OverheadUpperQuartile = Stats.Quantile(differences, 0.75),
            };
        }
    }

    internal static class Stats
    {
        /// <summary>Linear between the two nearest values: the median of two rounds is their mean, not the first.</summary>
        public static double Quantile(IEnumerable<double> values, double q)
        {
            var sorted = values.OrderBy(v => v).ToList();
            var position = q * (sorted.Count - 1);
            var below = (int)Math.Floor(position);
            var above = Math.Min(below + 1, sorted.Count - 1);
            return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
        }

        public static double Median(IEnumerable<double> values) => Quantile(values, 0.5);
    }
}
