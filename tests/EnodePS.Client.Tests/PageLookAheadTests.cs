using System;
using System.Diagnostics;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Client.Errors;
using EnodePS.Client.Paging;
using EnodePS.Client.Tests.Support;
using EnodePS.Emulator;
using EnodePS.Emulator.Faults;
using EnodePS.Tests.Shared;

namespace EnodePS.Client.Tests
{
    /// <summary>The paginator asks for the next page while the current one is consumed, and never for a page nobody needs.</summary>
    public class PageLookAheadTests
    {
        private const string List = "GET /vehicles";

        private static int Answered(LoopbackEmulator host) => host.Emulator.Journal.Snapshot().Count(r => r.Operation == List);

        [Fact]
        public async Task The_next_page_is_asked_for_while_the_consumer_is_still_on_this_one()
        {
            using var host = new LoopbackEmulator(new EmulatorOptions { VehicleCount = 200 });
            using var client = ClientFactory.For(host);
            var expected = host.Emulator.State.Vehicles.All.Select(r => r.Id).ToList();

            var enumerator = client.Vehicles.ListAsync(options: new PageOptions { PageSize = 50 }).GetAsyncEnumerator();
            try
            {
                Assert.True(await enumerator.MoveNextAsync());
                Assert.Equal(expected[0], enumerator.Current.Id);
                // The consumer holds the first item; page 2 is fetched meanwhile, and nothing more.
                Assert.True(SpinWait.SpinUntil(() => Answered(host) == 2, TimeSpan.FromSeconds(10)), $"{Answered(host)} pages answered");
                await Task.Delay(100);
                Assert.Equal(2, Answered(host));

                var ids = new[] { enumerator.Current.Id }.ToList();
                while (await enumerator.MoveNextAsync()) ids.Add(enumerator.Current.Id);
                Assert.Equal(expected, ids);
            }
            finally
            {
                await enumerator.DisposeAsync();
            }
            Assert.Equal(4, host.Emulator.ServedOperations[List]);
        }

        [Theory]
        [InlineData(100, 2)]
        [InlineData(101, 3)]
        [InlineData(150, 3)]
        [InlineData(1000, 4)] // the whole collection: the last page says there is no next one
        public async Task First_never_costs_a_page_it_does_not_need(long first, int pages)
        {
            using var host = new LoopbackEmulator(new EmulatorOptions { VehicleCount = 200 });
            using var client = ClientFactory.For(host);

            var count = 0;
            await foreach (var _ in client.Vehicles.ListAsync(options: new PageOptions { PageSize = 50, First = first })) count++;

            Assert.Equal(Math.Min(first, 200), count);
            Assert.Equal(pages, host.Emulator.ServedOperations[List]);
        }

        [Fact]
        public async Task Without_a_page_size_the_page_asked_ahead_asks_for_no_more_than_is_still_wanted()
        {
            using var host = new LoopbackEmulator(new EmulatorOptions { VehicleCount = 200 });
            using var client = ClientFactory.For(host);
            var expected = host.Emulator.State.Vehicles.All.Skip(30).Take(40).Select(r => r.Id).ToList();

            var ids = new System.Collections.Generic.List<string>();
            await foreach (var v in client.Vehicles.ListAsync(options: new PageOptions { Skip = 30, First = 40 })) ids.Add(v.Id);

            Assert.Equal(expected, ids);
            // Page 1 asks for 50 (the most without a page size) and brings 30 to skip and 20 to keep; page 2, asked
            // for before page 1 was consumed, asks for the 20 still wanted.
            var sizes = host.Emulator.Journal.Snapshot().Where(r => r.Operation == List).Select(r => r.Query["pageSize"]).ToList();
            Assert.Equal(new[] { "50", "20" }, sizes);
        }

        [Fact]
        public async Task A_consumer_that_stops_early_leaves_no_request_behind()
        {
            using var host = new LoopbackEmulator(new EmulatorOptions { VehicleCount = 200 });
            var log = new CollectingLog { IsDebugEnabled = false };
            using var client = ClientFactory.For(host, o => o.Log = log);
            host.Emulator.Faults.SetLatency(List, TimeSpan.FromMilliseconds(300));

            var firstPage = Task.Run(async () =>
            {
                var enumerator = client.Vehicles.ListAsync(options: new PageOptions { PageSize = 50 }).GetAsyncEnumerator();
                await enumerator.MoveNextAsync();
                return enumerator;
            });
            // Page 1 is on its way (300 ms); page 2, asked for as soon as page 1 arrives, gets stuck on the server.
            Assert.True(await WaitFor(() => host.Emulator.RequestCount >= 2), "page 1 was never asked for");
            host.Emulator.Faults.SetLatency(List, TimeSpan.FromSeconds(30));
            Assert.True(await WaitFor(() => host.Emulator.RequestCount == 3), "page 2 was not asked for ahead");

            var enumerator = await firstPage;
            var watch = Stopwatch.StartNew();
            await enumerator.DisposeAsync();

            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"stopping took {watch.Elapsed}");
            // Page 2's request was called off, not left to run for its 30 seconds.
            Assert.Contains(log.Lines, l => l.Contains("GET /vehicles?") && l.Contains("after=") && l.Contains("failed after") && l.Contains("Canceled"));
        }

        [Fact]
        public async Task A_failure_of_the_page_asked_ahead_comes_after_every_item_of_this_page()
        {
            using var host = new LoopbackEmulator(new EmulatorOptions { VehicleCount = 200 });
            using var client = ClientFactory.For(host);
            host.Emulator.Faults.FailEvery(FaultKind.MalformedBody, 2, List);
            var expected = host.Emulator.State.Vehicles.All.Take(50).Select(r => r.Id).ToList();

            var ids = new System.Collections.Generic.List<string>();
            var error = await Assert.ThrowsAsync<EnodeProtocolException>(async () =>
            {
                await foreach (var v in client.Vehicles.ListAsync(options: new PageOptions { PageSize = 50 })) ids.Add(v.Id);
            });

            Assert.Equal(expected, ids);
            Assert.Contains("GET /vehicles", error.Message);
        }

        [Fact]
        public async Task A_hint_the_full_read_does_not_confirm_costs_a_discarded_page_never_a_wrong_item()
        {
            // "pagination" first, and an item that carries a "pagination" object of its own: the hint (read from the
            // end) finds the item's cursor, the full read finds the page's.
            var pages = new System.Collections.Generic.Dictionary<string, string>
            {
                [""] = "{\"pagination\":{\"after\":\"p2\"},\"data\":[{\"id\":\"v1\"},{\"id\":\"v2\",\"pagination\":{\"after\":\"decoy\"}}]}",
                ["decoy"] = "{\"data\":[{\"id\":\"wrong\"}],\"pagination\":{\"after\":null}}",
                ["p2"] = "{\"data\":[{\"id\":\"v3\"}],\"pagination\":{\"after\":null}}",
            };
            var asked = new System.Collections.Concurrent.ConcurrentQueue<string>();
            using var http = new HttpClient(new PagesHandler(pages, asked));
            var transport = new EnodePS.Client.Http.ApiTransport(() => http, new Uri("https://api.test/"), new EnodePS.Client.Logging.SecretSet());
            var pageType = EnodePS.Client.Models.VehiclesJsonContext.Default.PageVehicle;

            var ids = new System.Collections.Generic.List<string>();
            await foreach (var v in Paginator.StreamAsync(transport, "/vehicles", null, pageType, new PageOptions { PageSize = 2 })) ids.Add(v.Id);

            Assert.Equal(new[] { "v1", "v2", "v3" }, ids);
            Assert.Equal(new[] { "", "decoy", "p2" }, asked.ToArray());
        }

        /// <summary>Answers GET /vehicles?after=X with the page stored under X.</summary>
        private sealed class PagesHandler : HttpMessageHandler
        {
            private readonly System.Collections.Generic.IReadOnlyDictionary<string, string> _pages;
            private readonly System.Collections.Concurrent.ConcurrentQueue<string> _asked;

            public PagesHandler(System.Collections.Generic.IReadOnlyDictionary<string, string> pages, System.Collections.Concurrent.ConcurrentQueue<string> asked)
            {
                _pages = pages;
                _asked = asked;
            }

            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                var query = request.RequestUri!.Query.TrimStart('?').Split('&').Select(p => p.Split('=')).Where(p => p[0] == "after").Select(p => Uri.UnescapeDataString(p[1]));
                var after = query.FirstOrDefault() ?? "";
                _asked.Enqueue(after);
                return Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.OK)
                {
                    Content = new StringContent(_pages[after], System.Text.Encoding.UTF8, "application/json"),
                });
            }
        }

        private static async Task<bool> WaitFor(Func<bool> condition)
        {
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
            while (DateTime.UtcNow < deadline)
            {
                if (condition()) return true;
                await Task.Delay(10);
            }
            return false;
        }
    }
}
