using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using EnodePS.Emulator.Tests.Support;
using EnodePS.Tests.Shared;

namespace EnodePS.Emulator.Tests
{
    /// <summary>The scripted tour of <see cref="WebhookTour"/> delivers every event the reference documents.</summary>
    public class WebhookTourTests
    {
        [Fact]
        public async Task A_scripted_tour_delivers_all_28_documented_events_with_their_documented_fields()
        {
            using var receiver = new WebhookReceiver();
            using var emulator = new EnodeEmulator(WebhookTour.Options());

            await WebhookTour.RunAsync(emulator, receiver.Url);

            var expected = JsonNode.Parse(File.ReadAllText(SpecFiles.Combine("spec", "webhook-events.json")))!.AsArray()
                .Select(e => (string)e!["event"]!).ToList();
            Assert.Equal(28, expected.Count);
            var delivered = await WebhookTour.DeliveredAsync(receiver, expected, TimeSpan.FromSeconds(15));
            var missing = expected.Where(e => !delivered.ContainsKey(e)).ToList();
            Assert.True(missing.Count == 0, $"{expected.Count - missing.Count}/28 delivered; missing: {string.Join(", ", missing)}");

            foreach (var name in expected)
            {
                var absent = WebhookEventFields.Of(name).Where(f => !f.Contains('.') && !delivered[name].ContainsKey(f)).ToList();
                Assert.True(absent.Count == 0, $"{name} lacks {string.Join(", ", absent)}");
            }
        }
    }
}
