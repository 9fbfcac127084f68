using System;
using System.Linq;
using System.Text;
using EnodePS.PowerShell.Tests.Support;
using EnodePS.Reliability.Tests.Support;
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
            using var session = PowerShellSession.Unconnected();

            var (result, terminating) = TerminatingRun.Run(session, "ConvertFrom-EnodeWebhookPayload -Body $body", new { body = ValidDelivery });

            Assert.Null(terminating);
            Assert.Empty(result.Errors);
            Assert.Equal(2, result.Output.Count);
        }

        [Fact]
        public void Damaged_deliveries_end_in_events_or_a_clear_error_and_never_crash_or_hang()
        {
            using var session = PowerShellSession.Unconnected();
            var random = new Random(20261122);
            var outcomes = new System.Collections.Generic.Dictionary<string, int>();
            for (var i = 0; i < Cases; i++)
            {
                var damaged = Corruption.Damage(ValidDelivery, 200, random);
                var body = random.Next(2) == 0 ? (object)damaged.Body : Encoding.UTF8.GetString(damaged.Body);
                using var running = session.Start("$enodeTerminating = $null\ntry { ConvertFrom-EnodeWebhookPayload -Body $body } catch { $enodeTerminating = $_ }", new { body });
                ScriptResult result;
                try
                {
                    result = running.Wait(TimeSpan.FromSeconds(20));
                }
                catch (TimeoutException)
                {
                    running.Stop();
                    throw new Xunit.Sdk.XunitException("hung on " + damaged.Preview);
                }
                var terminating = session.Runspace.SessionStateProxy.GetVariable("enodeTerminating") as System.Management.Automation.ErrorRecord;

                // An exception escaping the cmdlet would be reported under its own type name, which is no outcome allowed here.
                var outcome = terminating == null ? "events" : terminating.FullyQualifiedErrorId.Split(',')[0];
                Assert.True(outcome == "events" || outcome == "EnodeWebhookPayloadInvalid" || outcome == "EnodeInvalidParameter",
                    $"{outcome} on {damaged.Preview}: {terminating?.Exception}");
                if (terminating != null) Assert.False(string.IsNullOrWhiteSpace(terminating.Exception.Message));
                outcomes[outcome] = outcomes.TryGetValue(outcome, out var n) ? n + 1 : 1;
            }
            _output.WriteLine(string.Join(", ", outcomes.OrderBy(o => o.Key).Select(o => $"{o.Key}: {o.Value}")));
        }
    }
}
