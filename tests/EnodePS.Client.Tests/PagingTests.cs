using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Client.Errors;
using EnodePS.Client.Models;
using EnodePS.Client.Paging;
using EnodePS.Client.Tests.Support;
using EnodePS.Emulator;
using EnodePS.Tests.Shared;

namespace EnodePS.Client.Tests
{
    public class PagingTests
    {
        private static async Task<List<string>> Ids(IAsyncEnumerable<Vehicle> source)
        {
            var ids = new List<string>();
            await foreach (var v in source) ids.Add(v.Id);
            return ids;
        }

        [Fact]
        public async Task Streams_every_seeded_vehicle_once_in_order_across_many_pages()
        {
            using var host = new LoopbackEmulator(new EmulatorOptions { VehicleCount = 1234, UserCount = 17 });
            using var client = ClientFactory.For(host);
            var expected = host.Emulator.State.Vehicles.All.Select(r => r.Id).ToList();

            var ids = await Ids(client.Vehicles.ListAsync(options: new PageOptions { PageSize = 50 }));

            Assert.Equal(expected, ids);
            Assert.Equal(ids.Count, ids.Distinct().Count());
            Assert.Equal(25, host.Emulator.ServedOperations["GET /vehicles"]);
        }

        [Fact]
        public async Task Page_size_is_sent_and_honoured()
        {
            using var host = new LoopbackEmulator(new EmulatorOptions { VehicleCount = 95 });
            using var client = ClientFactory.For(host);

            var ids = await Ids(client.Vehicles.ListAsync(options: new PageOptions { PageSize = 10 }));

            Assert.Equal(95, ids.Count);
            var pages = host.Emulator.Journal.Snapshot().Where(r => r.Operation == "GET /vehicles").ToList();
            Assert.Equal(10, pages.Count);
            Assert.All(pages, r => Assert.Equal("10", r.Query["pageSize"]));
        }

        [Fact]
        public async Task Default_page_size_is_the_api_default()
        {
            using var host = new LoopbackEmulator(new EmulatorOptions { VehicleCount = 120 });
            using var client = ClientFactory.For(host);

            Assert.Equal(120, (await Ids(client.Vehicles.ListAsync())).Count);
            Assert.Equal(3, host.Emulator.ServedOperations["GET /vehicles"]);
            Assert.All(host.Emulator.Journal.Snapshot().Where(r => r.Operation == "GET /vehicles"),
                r => Assert.False(r.Query.ContainsKey("pageSize")));
        }

        [Fact]
        public async Task User_listing_returns_exactly_that_users_vehicles()
        {
            using var host = new LoopbackEmulator(new EmulatorOptions { VehicleCount = 300, UserCount = 7 });
            using var client = ClientFactory.For(host);
            var userId = host.Emulator.State.Users.All[3].Id;
            var expected = host.Emulator.State.Vehicles.All.Where(r => r.UserId == userId).Select(r => r.Id).ToList();

            var ids = await Ids(client.Vehicles.ListAsync(userId, new PageOptions { PageSize = 7 }));

            Assert.NotEmpty(expected);
            Assert.Equal(expected, ids);
        }

        [Fact]
        public async Task First_and_skip_take_a_window_without_reading_more_pages_than_needed()
        {
            using var host = new LoopbackEmulator(new EmulatorOptions { VehicleCount = 500 });
            using var client = ClientFactory.For(host);
            var expected = host.Emulator.State.Vehicles.All.Skip(60).Take(30).Select(r => r.Id).ToList();

            var ids = await Ids(client.Vehicles.ListAsync(options: new PageOptions { PageSize = 25, Skip = 60, First = 30 }));

            Assert.Equal(expected, ids);
            Assert.Equal(4, host.Emulator.ServedOperations["GET /vehicles"]);
        }

        [Fact]
        public async Task Before_and_after_together_are_a_400_problem()
        {
            using var host = new LoopbackEmulator();
            using var client = ClientFactory.For(host);

            var error = await Assert.ThrowsAsync<EnodeApiException>(() =>
                client.Raw.SendAsync(HttpMethod.Get, "/vehicles?before=a&after=b", null));

            Assert.Equal(400, error.StatusCode);
            Assert.Equal("https://developers.enode.com/problems/bad-request", error.ProblemType);
            Assert.Contains(error.Issues, i => i.PathText == "before");
        }

        [Fact]
        public async Task A_problem_answer_becomes_an_exception_with_every_problem_field()
        {
            using var host = new LoopbackEmulator();
            using var client = ClientFactory.For(host);

            var error = await Assert.ThrowsAsync<EnodeApiException>(() => client.Vehicles.GetAsync("no-such-vehicle"));

            Assert.Equal(404, error.StatusCode);
            Assert.Equal("https://developers.enode.com/problems/not-found", error.ProblemType);
            Assert.Equal("not-found", error.ProblemSlug);
            Assert.Equal("Not Found", error.Title);
            Assert.Equal("The specified vehicle was not found.", error.Detail);
            Assert.Equal("/vehicles/no-such-vehicle", error.Path);
            Assert.Contains("Not Found (404)", error.Message);
        }

        [Fact]
        public async Task Cancellation_stops_paging_promptly()
        {
            using var host = new LoopbackEmulator(new EmulatorOptions { VehicleCount = 400 });
            using var client = ClientFactory.For(host);
            using var cancel = new CancellationTokenSource();
            var seen = 0;

            var enumerate = Task.Run(async () =>
            {
                await foreach (var _ in client.Vehicles.ListAsync(options: new PageOptions { PageSize = 10 }, cancellationToken: cancel.Token))
                {
                    if (++seen == 10)
                    {
                        // Page 2 was asked for when page 1 arrived: once it is answered, page 3's request is the next
                        // to go out, and that is the one made slow.
                        SpinWait.SpinUntil(() => host.Emulator.Journal.Snapshot().Count(r => r.Operation == "GET /vehicles") == 2, TimeSpan.FromSeconds(10));
                        host.Emulator.Faults.Latency = TimeSpan.FromSeconds(20);
                        cancel.CancelAfter(100);
                    }
                }
            });

            var watch = Stopwatch.StartNew();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => enumerate);
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
            Assert.Equal(20, seen);
        }

        [Fact]
        public void The_blocking_view_streams_the_same_items()
        {
            using var host = new LoopbackEmulator(new EmulatorOptions { VehicleCount = 60 });
            using var client = ClientFactory.For(host);

            var ids = client.Vehicles.ListAsync(options: new PageOptions { PageSize = 25 }).ToBlocking().Select(v => v.Id).ToList();

            Assert.Equal(host.Emulator.State.Vehicles.All.Select(r => r.Id), ids);
        }
    }
}
