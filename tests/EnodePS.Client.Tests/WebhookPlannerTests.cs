using System.Collections.Generic;
using System.Linq;
using EnodePS.Client.Models;
using EnodePS.Client.Webhooks;

namespace EnodePS.Client.Tests
{
    public class WebhookPlannerTests
    {
        private static readonly Webhook Existing = new Webhook
        {
            Id = "w1",
            Url = "https://hooks.example.com/enode",
            Events = new List<string> { "user:vehicle:updated", "user:charger:updated" },
            IsActive = true,
            Authentication = new WebhookAuthentication { HeaderName = "X-Api-Key" },
        };

        private static Webhook Copy(string url) => new Webhook
        {
            Id = "w2", Url = url, Events = Existing.Events.ToList(), IsActive = Existing.IsActive, Authentication = Existing.Authentication,
        };

        private static WebhookSettings Desired(params string[] events) => new WebhookSettings
        {
            Url = "https://HOOKS.example.com/enode",
            Events = events,
            Secret = SecureStrings.FromPlain("secret-value-1"),
        };

        [Fact]
        public void A_new_url_is_a_create()
        {
            var plan = WebhookPlanner.Plan(Desired("*"), new[] { Copy("https://other.example.com") });

            Assert.Equal(WebhookAction.Create, plan.Action);
            Assert.Null(plan.Existing);
        }

        [Fact]
        public void The_same_events_in_another_order_are_unchanged_and_the_secret_is_not_sent()
        {
            var plan = WebhookPlanner.Plan(Desired("user:charger:updated", "user:vehicle:updated"), new[] { Existing });

            Assert.Equal(WebhookAction.Unchanged, plan.Action);
            Assert.Same(Existing, plan.Existing);
            Assert.Null(plan.Update);
        }

        [Fact]
        public void Changed_events_are_an_update_that_carries_the_secret_and_says_what_changed()
        {
            var plan = WebhookPlanner.Plan(Desired("*"), new[] { Existing });

            Assert.Equal(WebhookAction.Update, plan.Action);
            Assert.Equal(new[] { "events: user:vehicle:updated,user:charger:updated -> *" }, plan.Changes);
            Assert.Equal(new[] { "*" }, plan.Update!.Events);
            Assert.NotNull(plan.Update.Secret);
            Assert.Null(plan.Update.Url);
        }

        [Fact]
        public void Sending_secrets_on_request_makes_an_otherwise_unchanged_webhook_an_update()
        {
            var plan = WebhookPlanner.Plan(Desired("user:vehicle:updated", "user:charger:updated"), new[] { Existing }, sendSecrets: true);

            Assert.Equal(WebhookAction.Update, plan.Action);
            Assert.NotNull(plan.Update!.Secret);
            Assert.Null(plan.Update.Events);
        }

        [Fact]
        public void A_managed_authentication_header_is_removed_when_not_wanted_and_left_alone_otherwise()
        {
            var managed = Desired("user:vehicle:updated", "user:charger:updated");
            managed.ManageAuthentication = true;
            var unmanaged = Desired("user:vehicle:updated", "user:charger:updated");

            var remove = WebhookPlanner.Plan(managed, new[] { Existing });
            var leave = WebhookPlanner.Plan(unmanaged, new[] { Existing });

            Assert.Equal(WebhookAction.Update, remove.Action);
            Assert.True(remove.Update!.RemoveAuthentication);
            Assert.Equal(new[] { "authentication header: X-Api-Key -> (none)" }, remove.Changes);
            Assert.Equal(WebhookAction.Unchanged, leave.Action);
        }

        [Fact]
        public void An_inactive_webhook_gets_a_note()
        {
            var inactive = Copy(Existing.Url);
            inactive.IsActive = false;

            var plan = WebhookPlanner.Plan(Desired("user:vehicle:updated", "user:charger:updated"), new[] { inactive });

            Assert.Contains("inactive", plan.Notes.Single());
        }
    }
}
