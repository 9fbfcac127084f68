using System.Linq;
using System.Threading.Tasks;
using EnodePS.Client.Models;
using EnodePS.Client.Webhooks;
using EnodePS.Client.Tests.Support;
using EnodePS.Tests.Shared;

namespace EnodePS.Client.Tests
{
    /// <summary>
    /// Fields the reference lets an answer leave out (tests/Shared/OptionalResponseFields.cs) read as null when the
    /// emulator leaves them out: a webhook no delivery has reached, a schedule rule without filters.
    /// </summary>
    public class OptionalFieldsReadingTests
    {
        [Fact]
        public async Task A_new_webhook_reads_without_a_last_success()
        {
            using var host = new LoopbackEmulator();
            using var client = ClientFactory.For(host);

            var webhook = await client.Webhooks.CreateAsync(new WebhookSettings
            {
                Url = "https://receiver.example.com/hook",
                Secret = SecureStrings.FromPlain("webhook-secret-1234"),
            });

            Assert.Null(webhook.LastSuccess);
            Assert.Null((await client.Webhooks.GetAsync(webhook.Id)).LastSuccess);
        }

        [Fact]
        public async Task A_rule_without_filters_reads_them_as_null()
        {
            using var host = new LoopbackEmulator();
            using var client = ClientFactory.For(host);
            var vehicle = host.Emulator.State.Vehicles.All[0];

            var schedule = await client.Schedules.CreateAsync(vehicle.UserId!, new ScheduleRequest
            {
                TargetId = vehicle.Id, TargetType = "vehicle", IsEnabled = true, DefaultShouldCharge = false,
                Rules = { new ScheduleRule { ShouldCharge = true } },
            });

            var rule = Assert.Single(schedule.Rules);
            Assert.Equal((null, null, null, null, true), (rule.HourMinute, rule.FromTimestamp, rule.ToTimestamp, rule.Weekdays, rule.ShouldCharge));
            Assert.Equal("charge", rule.ToString());
        }
    }
}
