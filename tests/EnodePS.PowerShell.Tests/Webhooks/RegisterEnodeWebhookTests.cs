using System;
using System.Linq;
using System.Management.Automation;
using System.Text.Json.Nodes;
using EnodePS.Client;
using EnodePS.Client.Models;
using EnodePS.Client.Webhooks;
using EnodePS.Emulator;
using EnodePS.PowerShell.Tests.Support;
using EnodePS.Tests.Shared;

namespace EnodePS.PowerShell.Tests.Webhooks
{
    public class RegisterEnodeWebhookTests
    {
        internal const string Url = "https://hooks.example.com/enode";
        private const string InvalidParameter = "EnodeInvalidParameter,EnodePS.Cmdlets.Webhooks.RegisterEnodeWebhookCommand";

        internal static EmulatorOptions Options() => new EmulatorOptions
        {
            VehicleCount = 3,
            WebhookRetryDelays = new[] { TimeSpan.FromMilliseconds(10) },
        };

        internal static WebhookRegistration Register(PowerShellSession session, string arguments, object? variables = null) =>
            session.Run("Register-EnodeWebhook " + arguments, variables).AssertSucceeded().OutputOf<WebhookRegistration>().Single();

        [Fact]
        public void Registering_without_a_secret_creates_the_webhook_and_returns_a_generated_secret_once_with_a_warning()
        {
            using var receiver = new WebhookReceiver();
            using var session = new PowerShellSession(Options());

            var result = session.Run("$DebugPreference = 'Continue'; Register-EnodeWebhook -Url $url -Event user:vehicle:updated", new { url = receiver.Url.ToString() }).AssertSucceeded();

            var registration = result.OutputOf<WebhookRegistration>().Single();
            var secret = SecureStrings.ToPlain(registration.Secret!);
            Assert.Equal("Created", registration.Action);
            Assert.Matches("^[0-9a-f]{64}$", secret);
            Assert.Contains(result.Warnings, w => w.Contains("returned once") && w.Contains("never shows it again"));
            var post = session.Emulator.Journal.Mutating().Single();
            Assert.Equal("POST /webhooks", post.Operation);
            Assert.Equal(secret, (string?)JsonNode.Parse(post.Body)!["secret"]);
            Assert.Equal(new[] { "user:vehicle:updated" }, JsonNode.Parse(post.Body)!["events"]!.AsArray().Select(e => (string)e!));
            Assert.Contains("POST /webhooks", result.AllText);
            Assert.DoesNotContain(secret, result.AllText);

            session.Run("Test-EnodeWebhook -Id $id", new { id = registration.Id }).AssertSucceeded();
            var delivery = receiver.Deliveries.Single();
            Assert.Equal(SignatureCheck.Valid, WebhookSignature.Verify(delivery.Body, delivery.Header("x-enode-signature"), secret));
        }

        [Fact]
        public void Registering_again_with_the_same_settings_changes_nothing_and_sends_no_mutating_request()
        {
            using var session = new PowerShellSession(Options());
            session.Invoke("$secret = ConvertTo-SecureString 'pipeline-secret-123' -AsPlainText -Force");
            var first = Register(session, "-Url $url -Secret $secret -Event user:vehicle:updated, user:charger:updated", new { url = Url });
            session.Emulator.Journal.Clear();

            var second = Register(session, "-Url $url -Secret $secret -Event user:charger:updated, user:vehicle:updated", new { url = Url });

            Assert.Equal("Unchanged", second.Action);
            Assert.Equal(first.Id, second.Id);
            Assert.Null(second.Secret);
            Assert.Empty(session.Emulator.Journal.Mutating());
            Assert.Single(session.Emulator.State.Webhooks.All);
        }

        [Fact]
        public void Registering_an_existing_url_with_other_events_updates_it_instead_of_failing()
        {
            using var session = new PowerShellSession(Options());
            var first = Register(session, "-Url $url -Secret (ConvertTo-SecureString 'old-secret-123' -AsPlainText -Force) -Event user:vehicle:updated", new { url = Url });
            session.Emulator.Journal.Clear();

            var second = Register(session, "$url -Secret (ConvertTo-SecureString 'new-secret-456' -AsPlainText -Force)", new { url = Url });

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
            using var session = new PowerShellSession(Options());

            var whatIfCreate = session.Run("Register-EnodeWebhook -Url $url -WhatIf", new { url = Url }).AssertSucceeded();

            Assert.Equal((Url, "Create webhook"), whatIfCreate.WhatIf.Single());
            Assert.Empty(whatIfCreate.Output);
            Assert.Empty(session.Emulator.Journal.Mutating());

            Register(session, "-Url $url -Secret (ConvertTo-SecureString 'some-secret-123' -AsPlainText -Force)", new { url = Url });
            session.Emulator.Journal.Clear();

            var whatIfUpdate = session.Run("Register-EnodeWebhook -Url $url -Event user:hvac:updated -WhatIf", new { url = Url }).AssertSucceeded();

            Assert.Contains("Update webhook", whatIfUpdate.WhatIf.Single().Action);
            Assert.Contains("events: * -> user:hvac:updated", whatIfUpdate.WhatIf.Single().Action);
            Assert.Empty(whatIfUpdate.Output);
            Assert.Empty(session.Emulator.Journal.Mutating());
        }

        [Theory]
        [InlineData("http://hooks.example.com/enode", null, "Url", "must use https://")]
        [InlineData("not a url", null, "Url", "not an absolute URL")]
        [InlineData(Url, "user:car:updated", "Event", "user:vehicle:updated")]
        public void Bad_input_is_refused_naming_the_parameter_before_any_request(string url, string? @event, string parameter, string expected)
        {
            using var session = new PowerShellSession(Options());
            session.Emulator.Journal.Clear();

            var result = session.Run(@event == null ? "Register-EnodeWebhook -Url $url" : "Register-EnodeWebhook -Url $url -Event $event", new { url, @event });

            var error = Assert.Single(result.AllErrors);
            Assert.Equal(InvalidParameter, error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
            Assert.Equal(@event ?? url, error.TargetObject);
            Assert.Contains("-" + parameter, error.Exception.Message);
            Assert.Contains(expected, error.Exception.Message);
            Assert.Empty(result.Output);
            Assert.Empty(session.Emulator.Journal.Api());
        }

        [Fact]
        public void The_authentication_header_needs_a_secure_string_value_and_its_value_never_shows()
        {
            using var session = new PowerShellSession(Options());

            var plain = session.Run("Register-EnodeWebhook -Url $url -AuthenticationHeader @{ 'X-Api-Key' = 'plain-text-value' }", new { url = Url });

            var error = Assert.Single(plain.AllErrors);
            Assert.Equal(InvalidParameter, error.FullyQualifiedErrorId);
            Assert.Contains("SecureString", error.Exception.Message);
            Assert.DoesNotContain("plain-text-value", plain.AllText);

            var result = session.Run(
                "$DebugPreference = 'Continue'; Register-EnodeWebhook -Url $url -Secret (ConvertTo-SecureString 'hook-secret-789' -AsPlainText -Force) " +
                "-AuthenticationHeader @{ 'X-Api-Key' = (ConvertTo-SecureString 'header-value-456' -AsPlainText -Force) }",
                new { url = Url }).AssertSucceeded();

            Assert.Equal("X-Api-Key", result.OutputOf<WebhookRegistration>().Single().Webhook.Authentication!.HeaderName);
            Assert.Contains("POST /webhooks", result.AllText);
            Assert.DoesNotContain("header-value-456", result.AllText);
            Assert.DoesNotContain("hook-secret-789", result.AllText);
        }

        [Fact]
        public void The_event_parameter_completes_the_documented_event_names()
        {
            using var session = PowerShellSession.Unconnected();

            string[] Complete(string line) => session.Invoke("(TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText", new { line })
                .Cast<string>().ToArray();

            Assert.Equal(new[] { "user:vehicle:discovered", "user:vehicle:updated", "user:vehicle:deleted", "user:vehicle:smart-charging-status-updated" },
                Complete("Register-EnodeWebhook -Event user:veh"));
            Assert.Contains("user:inverter:statistics-updated", Complete("Register-EnodeWebhook -Event statistics"));
            Assert.Equal(27, Complete("Register-EnodeWebhook -Url https://hooks.example.com/enode -Event ").Length);
        }

        [Fact]
        public void Every_output_type_has_a_view() => CmdletContract.AssertEveryOutputTypeHasAView("Register-EnodeWebhook");

        [Fact]
        public void The_help_page_describes_each_parameter_with_two_examples() =>
            CmdletContract.AssertHelpPageDescribesEachParameterWithTwoExamples("Register-EnodeWebhook");
    }
}
