using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using EnodePS.Cmdlets.Vehicles;
using EnodePS.Infrastructure;

namespace EnodePS.Benchmarks
{
    internal sealed class OverheadResult
    {
        public int Rounds { get; set; }
        public int CallsPerRound { get; set; }
        public double ClientMicroseconds { get; set; }
        public double CmdletMicroseconds { get; set; }

        /// <summary>The median of the per-round differences (cmdlet minus client): pairs taken close in time cancel drift.</summary>
        public double OverheadMicroseconds { get; set; }
        public double OverheadLowerQuartile { get; set; }
        public double OverheadUpperQuartile { get; set; }

        public string ToJson() => JsonSerializer.Serialize(this, BenchJson.Default.OverheadResult);
        public static OverheadResult FromJson(string json) => JsonSerializer.Deserialize(json, BenchJson.Default.OverheadResult)!;
    }

    /// <summary>
    /// What the cmdlet layer adds to one call: Get-EnodeVehicle -Id through the seam against Vehicles.GetAsync on the
    /// very same client (same connection, same token, same pool), in alternating rounds; medians and quartiles.
    /// </summary>
    internal static class OverheadBenchmark
    {
        private const int Rounds = 15;

        public static async Task<OverheadResult> RunAsync(Target target, int calls)
        {
            using var connection = CmdletPath.Connect(target);
            var client = connection.Client;
            var ids = new List<string>();
            await foreach (var vehicle in client.Vehicles.ListAsync(options: new EnodePS.Client.Paging.PageOptions { PageSize = 100, First = 100 }).ConfigureAwait(false))
                ids.Add(vehicle.Id);

            async Task Direct(int n)
            {
                for (var i = 0; i < n; i++) await client.Vehicles.GetAsync(ids[i % ids.Count]).ConfigureAwait(false);
            }

            void ThroughCmdlet(int n)
            {
                var host = new CountingHost();
                for (var i = 0; i < n; i++)
                    Seam.Run(new GetEnodeVehicleCommand { Id = new[] { ids[i % ids.Count] }, Connection = connection }, host, "ById");
                if (host.Objects != n) throw new InvalidOperationException($"The cmdlet wrote {host.Objects} vehicles for {n} calls.");
            }

            await Direct(200).ConfigureAwait(false); // warm-up
            ThroughCmdlet(200);

            var perRound = Math.Max(1, calls / Rounds);
            var direct = new List<double>();
            var cmdlet = new List<double>();
            for (var round = 0; round < Rounds; round++)
            {
                var watch = Stopwatch.StartNew();
                await Direct(perRound).ConfigureAwait(false);
                direct.Add(watch.Elapsed.TotalMilliseconds * 1000 / perRound);
                watch.Restart();
                ThroughCmdlet(perRound);
                cmdlet.Add(watch.Elapsed.TotalMilliseconds * 1000 / perRound);
            }
            var differences = cmdlet.Zip(direct, (c, d) => c - d).ToList();
            return new OverheadResult
            {
                Rounds = Rounds,
                CallsPerRound = perRound,
                ClientMicroseconds = Quantile(direct, 0.5),
                CmdletMicroseconds = Quantile(cmdlet, 0.5),
                OverheadMicroseconds = Quantile(differences, 0.5),
                OverheadLowerQuartile = Quantile(differences, 0.25),
                OverheadUpperQuartile = Quantile(differences, 0.75),
            };
        }

        private static double Quantile(List<double> values, double q)
        {
            var sorted = values.OrderBy(v => v).ToList();
            return sorted[(int)Math.Round(q * (sorted.Count - 1))];
        }
    }
}
