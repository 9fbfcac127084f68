using System;
using System.Linq;
using System.Threading.Tasks;
using EnodePS.Client.Errors;
using EnodePS.Client.Tests.Support;
using EnodePS.Client.Validation;

namespace EnodePS.Client.Tests.Security
{
    /// <summary>Issue 17, item 1: an id fills exactly one path segment, whatever it holds.</summary>
    public class PathSegmentTests
    {
        public static TheoryData<string, string, Func<EnodeClient, string, Task>> Operations() => new TheoryData<string, string, Func<EnodeClient, string, Task>>
        {
            { "/vehicles/{id}", "id", (c, id) => c.Vehicles.GetAsync(id) },
            { "/users/{userId}/vehicles", "userId", (c, id) => c.Vehicles.ListAsync(id).ToListAsync() },
            { "/webhooks/{id}", "id", (c, id) => c.Webhooks.DeleteAsync(id) },
            { "/users/{userId}/vendors/{vendor}", "userId", (c, id) => c.Users.DisconnectVendorAsync(id, "TESLA") },
            { "/vehicles/{vehicleId}/smart-charging-policy", "vehicleId", (c, id) => c.SmartCharging.GetPolicyAsync(id) },
        };

        [Theory]
        [MemberData(nameof(Operations))]
        public async Task Dot_segments_empty_and_blank_ids_are_refused_naming_the_parameter_before_anything_is_sent(
            string template, string parameter, Func<EnodeClient, string, Task> operation)
        {
            var handler = new RecordingHandler();
            using var client = RecordingHandler.Client(handler);

            foreach (var id in new[] { ".", "..", "", "   " })
            {
                var error = await Assert.ThrowsAsync<EnodeValidationException>(() => operation(client, id));
                Assert.Equal(parameter, error.ParameterName);
                Assert.StartsWith($"Cannot use '{id}' for {parameter}: an id", error.Message);
            }
            Assert.True(handler.ApiRequests.Count == 0, template + " sent " + string.Join(", ", handler.ApiRequests));
        }

        [Theory]
        [MemberData(nameof(Operations))]
        public async Task Any_other_id_fills_exactly_its_templates_segment_on_the_final_uri(
            string template, string parameter, Func<EnodeClient, string, Task> operation)
        {
            var handler = new RecordingHandler();
            using var client = RecordingHandler.Client(handler);
            var ids = new[] { "...", ".a", "a/..", "../x", "%2e%2e", ".%2E", "a?b=c", "#frag", " x ", "a\\..\\b", "ü/ß", "%" };
            var expected = template.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);

            foreach (var id in ids)
            {
                try { await operation(client, id); }
                catch (EnodeApiException) { } // the recorder answers 404
                var sent = handler.ApiRequests.Last();
                Assert.True(expected.Length == sent.Segments.Length, $"{id} gave {sent.Uri.AbsolutePath} for {template}");
                for (var i = 0; i < expected.Length; i++)
                {
                    var want = expected[i] == "{" + parameter + "}" ? id : expected[i] == "{vendor}" ? "TESLA" : expected[i];
                    Assert.Equal(want, sent.Segments[i]);
                }
                Assert.DoesNotContain("b=c", sent.Uri.Query);
                Assert.Empty(sent.Uri.Fragment);
            }
        }

        [Fact]
        public async Task An_api_error_names_the_path_actually_sent()
        {
            var handler = new RecordingHandler();
            using var client = RecordingHandler.Client(handler);

            var error = await Assert.ThrowsAsync<EnodeApiException>(() => client.Vehicles.GetAsync("a b"));

            Assert.Equal("/vehicles/a%20b", error.Path);
            Assert.Equal(handler.ApiRequests.Single().Uri.AbsolutePath, error.Path);
        }
    }
}
