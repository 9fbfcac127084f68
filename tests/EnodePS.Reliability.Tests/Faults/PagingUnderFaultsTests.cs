using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using EnodePS.Client.Models;
using EnodePS.Client.Paging;
using EnodePS.Client;
using EnodePS.Emulator;
using EnodePS.PowerShell.Tests.Support;
using EnodePS.Reliability.Tests.Support;
using EnodePS.Tests.Shared;
using Xunit.Abstractions;

namespace EnodePS.Reliability.Tests.Faults
{
    /// <summary>10,000 vehicles in pages of 50 while the emulator throttles, fails, drops and truncates: nothing lost, nothing repeated.</summary>
    public class PagingUnderFaultsTests
    {
        private const int Items = 10_000;
        private const int PageSize = 50;
        private const int Pages = Items / PageSize;

        private readonly ITestOutputHelper _output;

        public PagingUnderFaultsTests(ITestOutputHelper output) { _output = output; }

        private static EmulatorOptions TenThousandVehicles() => new EmulatorOptions { VehicleCount = Items, UserCount = 40 };

        [Fact]
        public async Task The_client_delivers_every_id_exactly_once_in_order_through_throttling_bursts_drops_and_truncated_bodies()
        {
            using var host = new LoopbackEmulator(TenThousandVehicles());
            using var client = TestClients.For(host);
            var expected = host.Emulator.State.Vehicles.All.Select(r => r.Id).ToList();
            await client.GetAccessTokenAsync();
            ListingFaults.ArmFractions(host.Emulator.Faults);

            var ids = new List<string>(Items);
            var watch = Stopwatch.StartNew();
            await foreach (var vehicle in client.Vehicles.ListAsync(options: new PageOptions { PageSize = PageSize }))
            {
                ids.Add(vehicle.Id);
                ListingFaults.OnItem(ids.Count, host.Emulator.Faults);
            }
            watch.Stop();

            var report = ListingReport.Of(host.Emulator.Journal.Snapshot(), Pages, client.RetryStatistics, watch.Elapsed, ids.Count);
            _output.WriteLine("client: " + report);
            AssertDeliveredThroughFaults(expected, ids, report);
        }

        [Fact]
        public void Get_EnodeVehicle_writes_every_id_exactly_once_in_order_under_the_same_faults()
        {
            using var session = new PowerShellSession(TenThousandVehicles());
            var client = (EnodeClient)session.Invoke("(Get-EnodeConnection).Client").Single();
            client.UpdateRetryOptions(TestClients.FastRetry());
            var expected = session.Emulator.State.Vehicles.All.Select(r => r.Id).ToList();
            ListingFaults.ArmFractions(session.Emulator.Faults);
            Action<int> onItem = written => ListingFaults.OnItem(written, session.Emulator.Faults);

            var watch = Stopwatch.StartNew();
            var result = session.Run($"$written = 0; Get-EnodeVehicle -PageSize {PageSize} -Verbose | ForEach-Object {{ $written++; $onItem.Invoke($written); $_ }}", new { onItem });
            watch.Stop();

            Assert.Empty(result.AllErrors);
            var ids = result.OutputOf<Vehicle>().Select(v => v.Id).ToList();
            var report = ListingReport.Of(session.Emulator.Journal.Snapshot(), Pages, client.RetryStatistics, watch.Elapsed, ids.Count);
            _output.WriteLine("Get-EnodeVehicle: " + report);
            AssertDeliveredThroughFaults(expected, ids, report);
            Assert.Contains(result.Verbose, line => line.StartsWith("Retry ", System.StringComparison.Ordinal));
        }

        private static void AssertDeliveredThroughFaults(List<string> expected, List<string> ids, ListingReport report)
        {
            Assert.Equal(Items, expected.Count);
            Assert.Equal(expected, ids); // every id, in the API's order
            Assert.Equal(ids.Count, ids.Distinct().Count()); // and none twice

            // The faults really happened, in the fractions armed...
            Assert.True(report.TooManyRequests >= Pages / 7, report.ToString());
            Assert.True(report.Unavailable >= (Items / ListingFaults.BurstEvery - 1) * ListingFaults.BurstLength, report.ToString());
            Assert.True(report.Dropped >= Pages / 20, report.ToString());
            Assert.True(report.Truncated >= Pages / 20, report.ToString());
            // ...each one that reached the retry layer was retried, and the one-second Retry-After was waited out.
            Assert.True(report.Retries >= report.FaultsSeenByRetryLayer, report.ToString());
            Assert.True(report.Waited >= System.TimeSpan.FromSeconds(1), report.ToString());
        }
    }
}
