using System;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using EnodePS.Cmdlets.Tests.Support;
using EnodePS.Cmdlets.Webhooks;
using Xunit.Abstractions;

namespace EnodePS.Reliability.Tests.Hostile
{
    /// <summary>
    /// Webhook deliveries arrive from outside, so ConvertFrom-EnodeWebhookPayload gets the same treatment as the
    /// client's answers: damaged, cut, nested, oversized and badly encoded bodies must end in objects or in the
    /// stable EnodeWebhookPayloadInvalid error, never in a crash or a hang.
    /// </summary>
    public class WebhookPayloadFuzzTests
    {
        private const int Cases = 300;

        private static readonly byte[] ValidDelivery = Encoding.UTF8.GetBytes(
            "[{\"event\":\"user:vehicle:updated\",\"createdAt\":\"2024-10-01T08:00:00.000Z\",\"version\":\"2024-10-01\"," +
            "\"user\":{\"id\":\"u-1\"},\"vehicle\":{\"id\":\"v-1\",\"userId\":\"u-1\",\"vendor\":\"TESLA\",\"isReachable\":true," +
            "\"chargeState\":{\"batteryLevel\":55,\"isPluggedIn\":true}},\"updatedFields\":[\"chargeState.batteryLevel\"]}," +
            "{\"event\":\"system:heartbeat\",\"createdAt\":\"2024-10-01T08:00:01.000Z\",\"version\":\"2024-10-01\"," +
            "\"pendingEvents\":0}]");

        private readonly ITestOutputHelper _output;

        public WebhookPayloadFuzzTests(ITestOutputHelper output) { _output = output; }

        [Fact]
        public void The_undamaged_delivery_parses_into_events()
        {
            var host = CmdletRunner.Run(new ConvertFromEnodeWebhookPayloadCommand { Body = ValidDelivery });

            Assert.Null(host.Terminating);
            Assert.Equal(2, host.Output.Count);
        }

        [Fact]
        public async Task Damaged_deliveries_end_in_events_or_a_clear_error_and_never_crash_or_hang()
        {
            var random = new Random(20261122);
            var outcomes = new System.Collections.Generic.Dictionary<string, int>();
            for (var i = 0; i < Cases; i++)
            {
                var damaged = Corruption.Damage(ValidDelivery, 200, random);
                var body = random.Next(2) == 0 ? (object)damaged.Body : Encoding.UTF8.GetString(damaged.Body);
                var run = Task.Run(() => CmdletRunner.Run(new ConvertFromEnodeWebhookPayloadCommand { Body = body }));
                var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(20)));
                Assert.True(finished == run, "hung on " + damaged.Preview);

                RecordingHost host;
                try
                {
                    host = await run;
                }
                catch (Exception ex)
                {
                    throw new Xunit.Sdk.XunitException($"crashed with {ex.GetType().Name} on {damaged.Preview}: {ex.Message}");
                }

                var outcome = host.Terminating == null ? "events" : host.Terminating.ErrorId;
                Assert.True(outcome == "events" || outcome == "EnodeWebhookPayloadInvalid" || outcome == "EnodeInvalidParameter",
                    $"{outcome} on {damaged.Preview}: {host.Terminating?.Exception}");
                if (host.Terminating != null) Assert.False(string.IsNullOrWhiteSpace(host.Terminating.Exception.Message));
                outcomes[outcome] = outcomes.TryGetValue(outcome, out var n) ? n + 1 : 1;
            }
            _output.WriteLine(string.Join(", ", outcomes.OrderBy(o => o.Key).Select(o => $"{o.Key}: {o.Value}")));
        }
    }
}
