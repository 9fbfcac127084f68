using EnodePS.Client.Webhooks;
using System;
using System.Collections;
using System.Linq;
using System.Management.Automation;
using System.Text.Json.Nodes;
using EnodePS.Client;
using EnodePS.Client.Models;
using EnodePS.Cmdlets.Tests.Support;
using EnodePS.Cmdlets.Webhooks;
using EnodePS.Emulator;
using EnodePS.Tests.Shared;

namespace EnodePS.Cmdlets.Tests.Webhooks
{
    public class WebhookCmdletTests
    {
        private const string Url = "https://hooks.example.com/enode";

        private static EmulatorOptions Options() => new EmulatorOptions
        {
            VehicleCount = 3,
            WebhookRetryDelays = new[] { TimeSpan.FromMilliseconds(10) },
        };

        private static WebhookRegistration Register(CmdletSession session, RegisterEnodeWebhookCommand command, RecordingHost? host = null)
        {
            var result = session.Run(command, host ?? session.NewHost());
            Assert.Null(result.Terminating);
            return result.OutputOf<WebhookRegistration>().Single();
        }

        [Fact]
        public void Registering_without_a_secret_creates_the_webhook_and_returns_a_generated_secret_once_with_a_warning()
        {
            using var receiver = new WebhookReceiver();
            using var session = new CmdletSession(Options());
            var host = session.NewHost();
            host.IsDebugEnabled = true;

            var registration = Register(session, new RegisterEnodeWebhookCommand { Url = receiver.Url.ToString(), Event = new[] { "user:vehicle:updated" } }, host);

            Assert.Equal("Created", registration.Action);
            Assert.Matches("^[0-9a-f]{64}$", SecureStrings.ToPlain(registration.Secret!));
            Assert.Contains(host.Warnings, w => w.Contains("returned once") && w.Contains("never shows it again"));
            var post = session.Emulator.Journal.Mutating().Single();
            Assert.Equal("POST /webhooks", post.Operation);
            Assert.Equal(SecureStrings.ToPlain(registration.Secret!), (string?)JsonNode.Parse(post.Body)!["secret"]);
            Assert.Equal(new[] { "user:vehicle:updated" }, JsonNode.Parse(post.Body)!["events"]!.AsArray().Select(e => (string)e!));
            Assert.DoesNotContain(SecureStrings.ToPlain(registration.Secret!), host.AllText);

            session.Run(new TestEnodeWebhookCommand { Id = new[] { registration.Id } });
            var delivery = receiver.Deliveries.Single();
            Assert.Equal(EnodePS.Client.Webhooks.SignatureCheck.Valid, EnodePS.Client.Webhooks.WebhookSignature.Verify(
                delivery.Body, delivery.Header("x-enode-signature"), SecureStrings.ToPlain(registration.Secret!)));
        }

        [Fact]
        public void Registering_again_with_the_same_settings_changes_nothing_and_sends_no_mutating_request()
        {
            using var session = new CmdletSession(Options());
            var secret = SecureStrings.FromPlain("pipeline-secret-123");
            var first = Register(session, new RegisterEnodeWebhookCommand { Url = Url, Secret = secret, Event = new[] { "user:vehicle:updated", "user:charger:updated" } });
            session.Emulator.Journal.Clear();

            var second = Register(session, new RegisterEnodeWebhookCommand { Url = Url, Secret = secret, Event = new[] { "user:charger:updated", "user:vehicle:updated" } });

            Assert.Equal("Unchanged", second.Action);
            Assert.Equal(first.Id, second.Id);
            Assert.Null(second.Secret);
            Assert.Empty(session.Emulator.Journal.Mutating());
            Assert.Single(session.Emulator.State.Webhooks.All);
        }

        [Fact]
        public void Registering_an_existing_url_with_other_events_updates_it_instead_of_failing()
        {
            using var session = new CmdletSession(Options());
            var first = Register(session, new RegisterEnodeWebhookCommand { Url = Url, Secret = SecureStrings.FromPlain("old-secret-123"), Event = new[] { "user:vehicle:updated" } });
            session.Emulator.Journal.Clear();

            var second = Register(session, new RegisterEnodeWebhookCommand { Url = Url, Secret = SecureStrings.FromPlain("new-secret-456") });

            Assert.Equal("Updated", second.Action);
            Assert.Equal(first.Id, second.Id);
            Assert.Equal(new[] { "*" }, second.Events);
            Assert.Equal(new[] { "events: user:vehicle:updated -> *" }, second.Changes);
            var patch = session.Emulator.Journal.Mutating().Single();
            Assert.Equal("PATCH /webhooks/{webhookId}", patch.Operation);
            Assert.Equal("new-secret-456", (string?)JsonNode.Parse(patch.Body)!["secret"]);
            Assert.Null(JsonNode.Parse(patch.Body)!["url"]);
        }

        [Fact]
        public void WhatIf_shows_create_or_update_and_sends_no_mutating_request()
        {
            using var session = new CmdletSession(Options());
            var whatIfCreate = session.NewHost();
            whatIfCreate.WhatIf = true;

            session.Run(new RegisterEnodeWebhookCommand { Url = Url }, whatIfCreate);

            Assert.Equal((Url, "Create webhook"), whatIfCreate.ShouldProcessCalls.Single());
            Assert.Empty(whatIfCreate.Output);
            Assert.Empty(session.Emulator.Journal.Mutating());

            Register(session, new RegisterEnodeWebhookCommand { Url = Url, Secret = SecureStrings.FromPlain("some-secret-123") });
            session.Emulator.Journal.Clear();
            var whatIfUpdate = session.NewHost();
            whatIfUpdate.WhatIf = true;

            session.Run(new RegisterEnodeWebhookCommand { Url = Url, Event = new[] { "user:hvac:updated" } }, whatIfUpdate);

            Assert.Contains("Update webhook", whatIfUpdate.ShouldProcessCalls.Single().Action);
            Assert.Contains("events: * -> user:hvac:updated", whatIfUpdate.ShouldProcessCalls.Single().Action);
            Assert.Empty(session.Emulator.Journal.Mutating());
        }

        [Theory]
        [InlineData("http://hooks.example.com/enode", null, "Url", "must use https://")]
        [InlineData("not a url", null, "Url", "not an absolute URL")]
        [InlineData(Url, "user:car:updated", "Event", "user:vehicle:updated")]
        public void Bad_input_is_refused_naming_the_parameter_before_any_request(string url, string? @event, string parameter, string expected)
        {
            using var session = new CmdletSession(Options());
            session.Emulator.Journal.Clear();

            var host = session.Run(new RegisterEnodeWebhookCommand { Url = url, Event = @event == null ? new[] { "*" } : new[] { @event } });

            Assert.Equal("EnodeInvalidParameter", host.Terminating!.ErrorId);
            Assert.Equal(ErrorCategory.InvalidArgument, host.Terminating.Category);
            Assert.Contains("-" + parameter, host.Terminating.Exception.Message);
            Assert.Contains(expected, host.Terminating.Exception.Message);
            Assert.Empty(session.Emulator.Journal.Api());
        }

        [Fact]
        public void The_authentication_header_needs_a_secure_string_value_and_its_value_never_shows()
        {
            using var session = new CmdletSession(Options());
            var plain = session.Run(new RegisterEnodeWebhookCommand { Url = Url, AuthenticationHeader = new Hashtable { ["X-Api-Key"] = "plain-text-value" } });
            Assert.Equal("EnodeInvalidParameter", plain.Terminating!.ErrorId);
            Assert.Contains("SecureString", plain.Terminating.Exception.Message);
            Assert.DoesNotContain("plain-text-value", plain.AllText);

            var host = session.NewHost();
            host.IsDebugEnabled = true;
            var registration = Register(session, new RegisterEnodeWebhookCommand
            {
                Url = Url,
                Secret = SecureStrings.FromPlain("hook-secret-789"),
                AuthenticationHeader = new Hashtable { ["X-Api-Key"] = SecureStrings.FromPlain("header-value-456") },
            }, host);

            Assert.Equal("X-Api-Key", registration.Webhook.Authentication!.HeaderName);
            Assert.Contains("POST /webhooks", host.AllText);
            Assert.DoesNotContain("header-value-456", host.AllText);
            Assert.DoesNotContain("hook-secret-789", host.AllText);
        }

        [Fact]
        public void Get_lists_all_gets_by_id_from_the_pipeline_and_reports_a_missing_one()
        {
            using var session = new CmdletSession(Options());
            var a = Register(session, new RegisterEnodeWebhookCommand { Url = Url + "/a" });
            var b = Register(session, new RegisterEnodeWebhookCommand { Url = Url + "/b" });

            var all = session.Run(new GetEnodeWebhookCommand()).OutputOf<Webhook>().Select(w => w.Id).ToList();
            var byId = session.Run(new GetEnodeWebhookCommand(), a, new { Id = "missing" }, b);

            Assert.Equal(new[] { a.Id, b.Id }.OrderBy(i => i), all.OrderBy(i => i));
            Assert.Equal(new[] { a.Id, b.Id }, byId.OutputOf<Webhook>().Select(w => w.Id));
            var error = Assert.Single(byId.Errors);
            Assert.Equal("EnodeNotFound", error.ErrorId);
            Assert.Contains("Webhook not found or already deleted", error.Exception.Message);
        }

        [Fact]
        public void Set_sends_only_the_given_fields_and_can_remove_the_authentication_header()
        {
            using var session = new CmdletSession(Options());
            var created = Register(session, new RegisterEnodeWebhookCommand
            {
                Url = Url,
                AuthenticationHeader = new Hashtable { ["X-Key"] = SecureStrings.FromPlain("value-123456") },
            });
            session.Emulator.Journal.Clear();

            var host = session.Run(new SetEnodeWebhookCommand { Event = new[] { "user:battery:updated" } }.With("RemoveAuthentication"), created);

            var webhook = host.OutputOf<Webhook>().Single();
            Assert.Equal(new[] { "user:battery:updated" }, webhook.Events);
            Assert.Null(webhook.Authentication);
            var body = JsonNode.Parse(session.Emulator.Journal.Mutating().Single().Body)!.AsObject();
            Assert.Equal(new[] { "events", "authentication" }, body.Select(p => p.Key));

            var nothing = session.Run(new SetEnodeWebhookCommand { Id = created.Id });
            Assert.Equal("EnodeInvalidParameter", nothing.Terminating!.ErrorId);

            var debug = session.NewHost();
            debug.IsDebugEnabled = true;
            session.Run(new SetEnodeWebhookCommand { Id = created.Id, Secret = SecureStrings.FromPlain("rotated-secret-321"),
                AuthenticationHeader = new Hashtable { ["X-Key"] = SecureStrings.FromPlain("rotated-header-654") } }, debug);
            Assert.Contains("PATCH /webhooks/", debug.AllText);
            Assert.DoesNotContain("rotated-secret-321", debug.AllText);
            Assert.DoesNotContain("rotated-header-654", debug.AllText);
        }

        [Fact]
        public void Unregister_asks_with_high_impact_deletes_and_honours_whatif()
        {
            using var session = new CmdletSession(Options());
            var created = Register(session, new RegisterEnodeWebhookCommand { Url = Url });
            Assert.Equal("High", CmdletMetadata.Read(typeof(UnregisterEnodeWebhookCommand)).ConfirmImpact);

            var whatIf = session.NewHost();
            whatIf.WhatIf = true;
            session.Run(new UnregisterEnodeWebhookCommand(), whatIf, created);
            Assert.Single(session.Emulator.State.Webhooks.All);

            var host = session.Run(new UnregisterEnodeWebhookCommand(), created);
            Assert.Empty(host.Errors);
            Assert.Empty(session.Emulator.State.Webhooks.All);

            var again = session.Run(new UnregisterEnodeWebhookCommand { Id = new[] { created.Id } });
            Assert.Equal("EnodeNotFound", again.Errors.Single().ErrorId);
        }

        [Fact]
        public void Test_reports_a_delivered_test_event_and_a_failing_endpoint()
        {
            using var receiver = new WebhookReceiver();
            receiver.Respond = _ => (200, "received");
            using var session = new CmdletSession(Options());
            var created = Register(session, new RegisterEnodeWebhookCommand { Url = receiver.Url.ToString() });

            var ok = session.Run(new TestEnodeWebhookCommand(), created).OutputOf<WebhookTestResult>().Single();
            receiver.Respond = _ => (500, "broken");
            var failedHost = session.Run(new TestEnodeWebhookCommand { Id = new[] { created.Id } });
            var failed = failedHost.OutputOf<WebhookTestResult>().Single();

            Assert.True(ok.Succeeded);
            Assert.Equal(created.Id, ok.WebhookId);
            Assert.Equal(200, ok.Response!.Code);
            Assert.Equal("received", ok.Response.Body);
            Assert.False(failed.Succeeded);
            Assert.Null(failed.Response);
            Assert.Contains("500", failed.Description);
            Assert.Contains(failedHost.Warnings, w => w.Contains("500"));
        }

        [Fact]
        public void The_event_parameter_completes_the_documented_event_names()
        {
            Assert.Equal(new[] { "user:vehicle:discovered", "user:vehicle:updated", "user:vehicle:deleted", "user:vehicle:smart-charging-status-updated" },
                EnodePS.Completers.CompletionSource.Matching(WebhookEventNames.Subscribable, "user:veh"));
            Assert.Contains("user:inverter:statistics-updated", EnodePS.Completers.CompletionSource.Matching(WebhookEventNames.Subscribable, "statistics"));
            Assert.Equal(27, new EnodePS.Completers.WebhookEventCompleter().Complete(new EnodePS.Completers.CompletionContext("Event", "", null, null)).Count());
        }
    }
}
