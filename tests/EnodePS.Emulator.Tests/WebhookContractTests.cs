using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using EnodePS.Emulator.Handlers;
using EnodePS.Emulator.Tests.Support;
using EnodePS.Emulator.Webhooks;
using EnodePS.Tests.Shared;

namespace EnodePS.Emulator.Tests
{
    public class WebhookContractTests
    {
        private static readonly HttpMethod Patch = new HttpMethod("PATCH");

        private static string Body(string url, string secret = "s3cret-value-123", string? events = null, string? extra = null) =>
            "{\"url\":\"" + url + "\",\"secret\":\"" + secret + "\"" + (events == null ? "" : ",\"events\":" + events) + (extra ?? "") + "}";

        [Fact]
        public void The_subscribable_event_names_are_the_references()
        {
            Assert.Equal(SpecShapes.RequestEnum("POST", "/webhooks", "events"), WebhookEventNames.Subscribable);
            Assert.Equal(SpecShapes.RequestEnum("PATCH", "/webhooks/{webhookId}", "events"), WebhookEventNames.Subscribable);
        }

        [Fact]
        public void Every_webhook_and_tariff_operation_of_the_reference_has_a_route()
        {
            using var emulator = new EnodeEmulator();
            var documented = System.Text.Json.Nodes.JsonNode.Parse(System.IO.File.ReadAllText(SpecFiles.Combine("spec", "endpoints.json")))!.AsArray()
                .Where(o => (string)o!["section"]! is "Webhooks" or "Tariffs")
                .Select(o => (string)o!["method"]! + " " + (string)o["path"]!)
                .ToList();

            Assert.Equal(10, documented.Count);
            Assert.All(documented, operation => Assert.Contains(operation, emulator.Operations));
        }

        [Fact]
        public async Task Create_answers_every_documented_field_and_never_the_secret_or_header_value()
        {
            using var host = new LoopbackEmulator();
            using var http = new RawHttp(host);

            var created = await http.SendAsync(HttpMethod.Post, "/webhooks", Body("https://hooks.example.com/enode",
                events: "[\"user:vehicle:updated\"]",
                extra: ",\"apiVersion\":\"2024-10-01\",\"authentication\":{\"headerName\":\"X-Api-Key\",\"headerValue\":\"header-value-789\"}"));

            Assert.Equal(200, created.Status);
            var webhook = created.Body!.AsObject();
            // lastSuccess (string<date-time>, not "or null") is left out until a delivery succeeds.
            Assert.Equal(SpecShapes.ResponseFields("POST", "/webhooks", 200).Where(n => n != "lastSuccess").OrderBy(n => n), webhook.Select(p => p.Key).OrderBy(n => n));
            Assert.Equal("https://hooks.example.com/enode", (string?)webhook["url"]);
            Assert.Equal(new[] { "user:vehicle:updated" }, webhook["events"]!.AsArray().Select(e => (string)e!));
            Assert.True((bool)webhook["isActive"]!);
            Assert.False(webhook.ContainsKey("lastSuccess"));
            Assert.Equal("X-Api-Key", (string?)webhook["authentication"]!["headerName"]);
            Assert.Single(webhook["authentication"]!.AsObject());
            var text = created.Body.ToJsonString();
            Assert.DoesNotContain("s3cret-value-123", text);
            Assert.DoesNotContain("header-value-789", text);

            var id = (string)webhook["id"]!;
            var listed = (await http.GetAsync("/webhooks")).Body!;
            Assert.Equal(id, (string?)listed["data"]![0]!["id"]);
            Assert.NotNull(listed["pagination"]);
            Assert.Equal(text, (await http.GetAsync("/webhooks/" + id)).Body!.ToJsonString());
        }

        [Fact]
        public async Task Events_default_to_everything()
        {
            using var host = new LoopbackEmulator();
            using var http = new RawHttp(host);

            var created = await http.SendAsync(HttpMethod.Post, "/webhooks", Body("https://hooks.example.com/all"));

            Assert.Equal(new[] { "*" }, created.Body!["events"]!.AsArray().Select(e => (string)e!));
            Assert.Null(created.Body["authentication"]);
        }

        [Fact]
        public async Task A_second_webhook_for_the_same_url_is_the_documented_400()
        {
            using var host = new LoopbackEmulator();
            using var http = new RawHttp(host);
            await http.SendAsync(HttpMethod.Post, "/webhooks", Body("https://hooks.example.com/a"));

            var again = await http.SendAsync(HttpMethod.Post, "/webhooks", Body("https://hooks.example.com/a", secret: "other-secret-1"));

            Assert.Equal(400, again.Status);
            Assert.Equal(WebhookHandlers.DuplicateDetail, (string?)again.Body!["detail"]);
            Assert.Equal(1, host.Emulator.State.Webhooks.Count);
        }

        [Fact]
        public async Task Invalid_bodies_are_400_with_an_issue_per_field()
        {
            using var host = new LoopbackEmulator();
            using var http = new RawHttp(host);

            var answer = await http.SendAsync(HttpMethod.Post, "/webhooks",
                "{\"url\":\"http://hooks.example.com/plain\",\"events\":[\"user:vehicle:updated\",\"user:car:updated\"],\"apiVersion\":\"2019-01-01\"}");

            Assert.Equal(400, answer.Status);
            var paths = answer.Body!["issues"]!.AsArray().Select(i => string.Join(".", i!["path"]!.AsArray().Select(p => p!.ToString()))).ToList();
            Assert.Equal(new[] { "url", "secret", "events.1", "apiVersion" }.OrderBy(p => p), paths.OrderBy(p => p));
            Assert.Equal(0, host.Emulator.State.Webhooks.Count);
        }

        [Fact]
        public async Task Plain_http_is_accepted_for_loopback_receivers_only()
        {
            using var host = new LoopbackEmulator();
            using var http = new RawHttp(host);

            Assert.Equal(200, (await http.SendAsync(HttpMethod.Post, "/webhooks", Body("http://127.0.0.1:9/hook"))).Status);
            Assert.Equal(200, (await http.SendAsync(HttpMethod.Post, "/webhooks", Body("http://localhost:9/hook"))).Status);
            Assert.Equal(400, (await http.SendAsync(HttpMethod.Post, "/webhooks", Body("http://10.0.0.1/hook"))).Status);
            Assert.Equal(400, (await http.SendAsync(HttpMethod.Post, "/webhooks", Body("ftp://127.0.0.1/hook"))).Status);
        }

        [Fact]
        public async Task Patch_changes_only_the_fields_given_and_can_remove_authentication()
        {
            using var host = new LoopbackEmulator();
            using var http = new RawHttp(host);
            var id = (string)(await http.SendAsync(HttpMethod.Post, "/webhooks", Body("https://hooks.example.com/p",
                extra: ",\"authentication\":{\"headerName\":\"X-Key\",\"headerValue\":\"value-123456\"}"))).Body!["id"]!;

            var events = await http.SendAsync(Patch, "/webhooks/" + id, "{\"events\":[\"user:charger:updated\",\"user:vehicle:updated\"]}");
            Assert.Equal(200, events.Status);
            Assert.Equal(new[] { "user:charger:updated", "user:vehicle:updated" }, events.Body!["events"]!.AsArray().Select(e => (string)e!));
            Assert.Equal("https://hooks.example.com/p", (string?)events.Body["url"]);
            Assert.Equal("X-Key", (string?)events.Body["authentication"]!["headerName"]);

            var removed = await http.SendAsync(Patch, "/webhooks/" + id, "{\"authentication\":null,\"secret\":\"new-secret-456\"}");
            Assert.Null(removed.Body!["authentication"]);
            lock (host.Emulator.State.Gate)
            {
                Assert.Equal("new-secret-456", host.Emulator.WebhookDelivery.Credentials[id].Secret);
                Assert.Null(host.Emulator.WebhookDelivery.Credentials[id].HeaderName);
            }
        }

        [Fact]
        public async Task Patch_to_another_webhooks_url_is_refused()
        {
            using var host = new LoopbackEmulator();
            using var http = new RawHttp(host);
            await http.SendAsync(HttpMethod.Post, "/webhooks", Body("https://hooks.example.com/one"));
            var two = (string)(await http.SendAsync(HttpMethod.Post, "/webhooks", Body("https://hooks.example.com/two"))).Body!["id"]!;

            var answer = await http.SendAsync(Patch, "/webhooks/" + two, "{\"url\":\"https://hooks.example.com/one\"}");

            Assert.Equal(400, answer.Status);
            Assert.Equal(WebhookHandlers.DuplicateDetail, (string?)answer.Body!["detail"]);
        }

        [Fact]
        public async Task Delete_is_204_then_every_operation_on_the_id_is_the_documented_404()
        {
            using var host = new LoopbackEmulator();
            using var http = new RawHttp(host);
            var id = (string)(await http.SendAsync(HttpMethod.Post, "/webhooks", Body("https://hooks.example.com/d"))).Body!["id"]!;

            Assert.Equal(204, (await http.SendAsync(HttpMethod.Delete, "/webhooks/" + id)).Status);

            foreach (var (method, path, body) in new[]
            {
                (HttpMethod.Get, "/webhooks/" + id, (string?)null),
                (Patch, "/webhooks/" + id, "{\"events\":[\"*\"]}"),
                (HttpMethod.Delete, "/webhooks/" + id, null),
                (HttpMethod.Post, "/webhooks/" + id + "/test", null),
            })
            {
                var answer = await http.SendAsync(method, path, body);
                Assert.Equal(404, answer.Status);
                Assert.Equal(WebhookHandlers.NotFoundDetail, (string?)answer.Body!["detail"]);
            }
        }
    }
}
