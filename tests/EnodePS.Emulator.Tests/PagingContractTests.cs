using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using EnodePS.Emulator.Tests.Support;
using EnodePS.Tests.Shared;

namespace EnodePS.Emulator.Tests
{
    public class PagingContractTests
    {
        private static List<string> Ids(JsonNode page) => page["data"]!.AsArray().Select(v => v!["id"]!.GetValue<string>()).ToList();

        [Fact]
        public async Task First_page_has_no_before_cursor_and_last_page_no_after_cursor()
        {
            using var host = new LoopbackEmulator(new EmulatorOptions { VehicleCount = 12 });
            using var http = new RawHttp(host);

            var first = (await http.GetAsync("/vehicles?pageSize=5")).Body!;
            Assert.Null(first["pagination"]!["before"]);
            Assert.NotNull(first["pagination"]!["after"]);

            var second = (await http.GetAsync("/vehicles?pageSize=5&after=" + first["pagination"]!["after"])).Body!;
            var third = (await http.GetAsync("/vehicles?pageSize=5&after=" + second["pagination"]!["after"])).Body!;
            Assert.Equal(2, Ids(third).Count);
            Assert.Null(third["pagination"]!["after"]);
            Assert.NotNull(third["pagination"]!["before"]);

            Assert.Equal(host.Emulator.State.Vehicles.All.Select(r => r.Id), Ids(first).Concat(Ids(second)).Concat(Ids(third)));
        }

        [Fact]
        public async Task The_before_cursor_returns_the_previous_page()
        {
            using var host = new LoopbackEmulator(new EmulatorOptions { VehicleCount = 12 });
            using var http = new RawHttp(host);
            var first = (await http.GetAsync("/vehicles?pageSize=5")).Body!;
            var second = (await http.GetAsync("/vehicles?pageSize=5&after=" + first["pagination"]!["after"])).Body!;

            var back = (await http.GetAsync("/vehicles?pageSize=5&before=" + second["pagination"]!["before"])).Body!;

            Assert.Equal(Ids(first), Ids(back));
            Assert.Null(back["pagination"]!["before"]);
        }

        [Fact]
        public async Task Whole_collection_on_one_page_has_both_cursors_null_and_default_size_is_50()
        {
            using var host = new LoopbackEmulator(new EmulatorOptions { VehicleCount = 50 });
            using var http = new RawHttp(host);

            var page = (await http.GetAsync("/vehicles")).Body!;

            Assert.Equal(50, Ids(page).Count);
            Assert.Null(page["pagination"]!["before"]);
            Assert.Null(page["pagination"]!["after"]);
        }

        [Fact]
        public async Task A_cursor_survives_the_removal_of_the_record_it_points_at()
        {
            using var host = new LoopbackEmulator(new EmulatorOptions { VehicleCount = 10 });
            using var http = new RawHttp(host);
            var first = (await http.GetAsync("/vehicles?pageSize=4")).Body!;
            var lastOnPage = Ids(first).Last();
            lock (host.Emulator.State.Gate) host.Emulator.State.Vehicles.Remove(lastOnPage);

            var next = (await http.GetAsync("/vehicles?pageSize=4&after=" + first["pagination"]!["after"])).Body!;

            Assert.Equal(host.Emulator.State.Vehicles.All.Skip(3).Take(4).Select(r => r.Id), Ids(next));
        }

        [Theory]
        [InlineData("/vehicles?before=x&after=y", "before")]
        [InlineData("/vehicles?pageSize=0", "pageSize")]
        [InlineData("/vehicles?pageSize=abc", "pageSize")]
        [InlineData("/vehicles?after=not-a-cursor", "after")]
        public async Task Bad_paging_parameters_are_a_400_naming_the_parameter(string path, string field)
        {
            using var host = new LoopbackEmulator();
            using var http = new RawHttp(host);

            var (status, body, response) = await http.GetAsync(path);

            Assert.Equal(400, status);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
            Assert.Equal("https://developers.enode.com/problems/bad-request", body!["type"]!.GetValue<string>());
            Assert.Equal(field, body["issues"]![0]!["path"]![0]!.GetValue<string>());
        }
    }
}
