using System;
using System.Linq;
using System.Management.Automation;
using System.Text.Json.Nodes;
using EnodePS.Client.Models;
using EnodePS.Cmdlets.Provisioning;
using EnodePS.Cmdlets.Tests.Support;
using EnodePS.Cmdlets.Webhooks;
using EnodePS.Emulator;
using EnodePS.Emulator.Faults;
using EnodePS.Tests.Shared;

namespace EnodePS.Cmdlets.Tests.Provisioning
{
    public class ProvisioningCmdletTests
    {
        private const string HookSecret = "ci-hook-secret-0123456789";
        private const string HeaderValue = "ci-header-value-9876543210";

        private static string File(string location, string events = "'user:vehicle:updated', 'user:charger:updated'", string peak = "0.35",
            string extraWebhooks = "") => $@"
# Provisioning for the pipeline
@{{
    webhooks = @(
        @{{
            url            = 'https://hooks.example.com/enode'
            events         = {events}
            secret         = 'env:ENODE_WEBHOOK_SECRET'
            authentication = @{{ headerName = 'X-Api-Key'; headerValue = 'env:HOOK_API_KEY' }}
        }}
        {extraWebhooks}
    )
    tariffs = @(
        @{{ id = 'home-tou'; rates = @( @{{ name = 'PEAK'; cost = {peak} }}, @{{ name = 'OFF_PEAK'; cost = 0.12 }} ) }}
    )
    locationTariffs = @(
        @{{
            locationId = '{location}'
            tariffId   = 'home-tou'
            intervals  = @(
                @{{ name = 'OFF_PEAK'; from = '22:00'; to = '07:00' }}
                @{{ name = 'PEAK'; weekdays = 'Mon-Fri'; from = '07:00'; to = '22:00' }}
                @{{ name = 'OFF_PEAK'; weekdays = 'Sat-Sun'; from = '07:00'; to = '22:00' }}
            )
        }}
    )
}}";

        private sealed class Fixture : IDisposable
        {
            public Fixture()
            {
                Session = new CmdletSession(new EmulatorOptions { VehicleCount = 2 });
                Location = EmulatorLocations.Add(Session.Emulator);
                Config = new TempFile("enode.config.psd1", File(Location));
            }

            public CmdletSession Session { get; }
            public string Location { get; }
            public TempFile Config { get; }

            public RecordingHost Host(bool whatIf = false, bool debug = false)
            {
                var host = Session.NewHost();
                host.Environment["ENODE_WEBHOOK_SECRET"] = HookSecret;
                host.Environment["HOOK_API_KEY"] = HeaderValue;
                host.WhatIf = whatIf;
                host.IsDebugEnabled = debug;
                return host;
            }

            public RecordingHost Provision(RecordingHost? host = null, params string[] switches) =>
                Session.Run(new InvokeEnodeProvisioningCommand { Path = Config.Path }.With(switches), host ?? Host());

            public void Dispose()
            {
                Config.Dispose();
                Session.Dispose();
            }
        }

        private static string Summary(RecordingHost host) =>
            string.Join("\n", host.OutputOf<ProvisioningResult>().Select(r => $"{r.ResourceType} {r.Action} {r.Outcome}"));

        [Fact]
        public void The_first_run_creates_everything_and_the_second_changes_nothing_and_sends_no_mutating_request()
        {
            using var f = new Fixture();

            var first = f.Provision();

            Assert.Null(first.Terminating);
            Assert.Equal("Tariff Create Succeeded\nLocationTariff Create Succeeded\nWebhook Create Succeeded", Summary(first));
            Assert.Equal(new[] { "PUT /tariffs/{tariffId}", "PUT /locations/{locationId}/tariff", "POST /webhooks" },
                f.Session.Emulator.Journal.Mutating().Select(r => r.Operation));
            var webhook = f.Session.Emulator.State.Webhooks.All.Single();
            Assert.Equal("X-Api-Key", (string?)webhook.Body["authentication"]!["headerName"]);
            Assert.Equal(webhook.Id, first.OutputOf<ProvisioningResult>().Last().Id);

            f.Session.Emulator.Journal.Clear();
            var second = f.Provision();

            Assert.Null(second.Terminating);
            Assert.Equal("Tariff Unchanged NoChange\nLocationTariff Unchanged NoChange\nWebhook Unchanged NoChange", Summary(second));
            Assert.Empty(f.Session.Emulator.Journal.Mutating());
            Assert.Empty(second.ShouldProcessCalls);
        }

        [Fact]
        public void The_webhook_gets_the_secret_from_the_environment_and_deliveries_are_signed_with_it()
        {
            using var receiver = new WebhookReceiver();
            using var f = new Fixture();
            f.Config.Write(File(f.Location).Replace("https://hooks.example.com/enode", receiver.Url.ToString()));

            f.Provision();
            var id = f.Session.Emulator.State.Webhooks.All.Single().Id;
            var test = f.Session.Run(new TestEnodeWebhookCommand { Id = new[] { id } }).OutputOf<WebhookTestResult>().Single();

            Assert.True(test.Succeeded);
            var delivery = receiver.Deliveries.Single();
            Assert.Equal(HeaderValue, delivery.Header("X-Api-Key"));
            Assert.Equal(EnodePS.Client.Webhooks.SignatureCheck.Valid,
                EnodePS.Client.Webhooks.WebhookSignature.Verify(delivery.Body, delivery.Header("x-enode-signature"), HookSecret));
        }

        [Fact]
        public void WhatIf_prints_the_plan_and_sends_no_mutating_request()
        {
            using var f = new Fixture();
            f.Session.Emulator.Journal.Clear();
            var host = f.Host(whatIf: true);

            f.Provision(host);

            Assert.Equal("Tariff Create Skipped\nLocationTariff Create Skipped\nWebhook Create Skipped", Summary(host));
            Assert.Equal(new[] { "Tariff home-tou", "LocationTariff " + f.Location, "Webhook https://hooks.example.com/enode" },
                host.ShouldProcessCalls.Select(c => c.Target));
            Assert.StartsWith("Create (rates: PEAK=0.35, OFF_PEAK=0.12)", host.ShouldProcessCalls[0].Action);
            Assert.Empty(f.Session.Emulator.Journal.Mutating());
            Assert.Empty(f.Session.Emulator.State.Webhooks.All);
        }

        [Fact]
        public void A_changed_file_updates_only_what_changed()
        {
            using var f = new Fixture();
            f.Provision();
            f.Config.Write(File(f.Location, events: "'*'", peak: "'0.40'"));
            f.Session.Emulator.Journal.Clear();

            var host = f.Provision();

            Assert.Equal("Tariff Update Succeeded\nLocationTariff Unchanged NoChange\nWebhook Update Succeeded", Summary(host));
            var results = host.OutputOf<ProvisioningResult>().ToList();
            Assert.Equal(new[] { "PEAK: 0.35 -> 0.40" }, results[0].Changes);
            Assert.Equal(new[] { "events: user:vehicle:updated,user:charger:updated -> *" }, results[2].Changes);
            var patch = f.Session.Emulator.Journal.Mutating().Single(r => r.Method == "PATCH");
            var body = JsonNode.Parse(patch.Body)!;
            Assert.Equal(new[] { "*" }, body["events"]!.AsArray().Select(e => (string)e!));
            Assert.Equal(HookSecret, (string?)body["secret"]);
            Assert.Equal(new[] { "*" }, f.Session.Emulator.State.Webhooks.All.Single().Body["events"]!.AsArray().Select(e => (string)e!));
        }

        [Fact]
        public void Prune_deletes_webhooks_the_file_does_not_declare_and_only_with_prune()
        {
            using var f = new Fixture();
            var stray = f.Session.Run(new RegisterEnodeWebhookCommand { Url = "https://old.example.com/hook" }).OutputOf<WebhookRegistration>().Single();

            var withoutPrune = f.Provision();
            Assert.Equal(2, f.Session.Emulator.State.Webhooks.Count);
            Assert.DoesNotContain(withoutPrune.OutputOf<ProvisioningResult>(), r => r.Action == ProvisioningAction.Delete);

            var withPrune = f.Provision(null, "Prune");

            var delete = withPrune.OutputOf<ProvisioningResult>().Single(r => r.Action == ProvisioningAction.Delete);
            Assert.Equal("https://old.example.com/hook", delete.Resource);
            Assert.Equal(stray.Id, delete.Id);
            Assert.Equal(ProvisioningOutcome.Succeeded, delete.Outcome);
            Assert.Equal("https://hooks.example.com/enode", (string?)f.Session.Emulator.State.Webhooks.All.Single().Body["url"]);
        }

        [Fact]
        public void Overlapping_intervals_in_the_file_are_rejected_before_any_request()
        {
            using var f = new Fixture();
            f.Config.Write(File(f.Location).Replace("from = '22:00'; to = '07:00'", "from = '21:00'; to = '07:30'"));
            f.Session.Emulator.Journal.Clear();

            var host = f.Provision();

            Assert.Equal("EnodeProvisioningFileInvalid", host.Terminating!.ErrorId);
            Assert.Equal(ErrorCategory.InvalidData, host.Terminating.Category);
            var message = host.Terminating.Exception.Message;
            Assert.Contains("enode.config.psd1: locationTariffs[0]", message);
            Assert.Contains("interval 1 'OFF_PEAK' 21:00-07:30", message);
            Assert.Contains("interval 2 'PEAK' 07:00-22:00", message);
            Assert.Empty(f.Session.Emulator.Journal.Api());
        }

        [Fact]
        public void A_missing_secret_variable_stops_before_any_request_naming_the_webhook_and_the_variable()
        {
            using var f = new Fixture();
            f.Session.Emulator.Journal.Clear();
            var host = f.Host();
            host.Environment.Remove("HOOK_API_KEY");

            f.Provision(host);

            Assert.Equal("EnodeProvisioningFailed", host.Terminating!.ErrorId);
            Assert.Equal("Webhook https://hooks.example.com/enode", host.Terminating.Target);
            Assert.Contains("webhooks[0].authentication.headerValue", host.Terminating.Exception.Message);
            Assert.Contains("HOOK_API_KEY is not set", host.Terminating.Exception.Message);
            Assert.Empty(f.Session.Emulator.Journal.Api());
        }

        [Fact]
        public void An_unknown_location_stops_planning_before_any_change()
        {
            using var f = new Fixture();
            f.Config.Write(File(Guid.NewGuid().ToString()));

            var host = f.Provision();

            Assert.Equal("EnodeProvisioningFailed", host.Terminating!.ErrorId);
            Assert.Equal(ErrorCategory.ObjectNotFound, host.Terminating.Category);
            Assert.Contains("was not found", host.Terminating.Exception.Message);
            Assert.Empty(f.Session.Emulator.Journal.Mutating());
        }

        [Fact]
        public void A_failure_while_applying_stops_with_an_error_naming_the_resource_after_reporting_what_was_done()
        {
            using var f = new Fixture();
            f.Session.Emulator.Faults.FailNext(FaultKind.ServerError, 10, operation: "POST /webhooks");

            var host = f.Provision();

            Assert.Equal("Tariff Create Succeeded\nLocationTariff Create Succeeded\nWebhook Create Failed", Summary(host));
            Assert.Equal("EnodeProvisioningFailed", host.Terminating!.ErrorId);
            Assert.Equal("Webhook https://hooks.example.com/enode", host.Terminating.Target);
            Assert.Contains("Provisioning stopped at Webhook https://hooks.example.com/enode (Create)", host.Terminating.Exception.Message);
            Assert.Contains("500", host.Terminating.Exception.Message);
        }

        [Fact]
        public void Secrets_never_appear_in_any_output_even_with_debug_on()
        {
            using var f = new Fixture();
            var hosts = new[] { f.Host(debug: true), f.Host(debug: true), f.Host(whatIf: true, debug: true) };

            f.Provision(hosts[0]);
            f.Config.Write(File(f.Location, events: "'*'"));
            f.Provision(hosts[1], "UpdateSecret", "Prune");
            f.Provision(hosts[2]);

            var text = string.Join("\n", hosts.Select(h => h.AllText + "\n" + string.Join("\n", h.OutputOf<ProvisioningResult>().SelectMany(r => r.Changes))));
            Assert.Contains("POST /webhooks", text);
            Assert.Contains("PATCH /webhooks/", text);
            Assert.DoesNotContain(HookSecret, text);
            Assert.DoesNotContain(HeaderValue, text);
        }

        [Fact]
        public void A_json_file_works_the_same()
        {
            using var f = new Fixture();
            using var json = new TempFile("enode.config.json", "{ \"tariffs\": [ { \"id\": \"flat\", \"rates\": { \"FLAT\": 0.2 } } ], \"locationTariffs\": [ { \"locationId\": \""
                + f.Location + "\", \"tariffId\": \"flat\", \"intervals\": [ { \"name\": \"FLAT\", \"from\": \"00:00\", \"to\": \"24:00\" } ] } ] }");

            var first = f.Session.Run(new InvokeEnodeProvisioningCommand { Path = json.Path }, f.Host());
            var second = f.Session.Run(new InvokeEnodeProvisioningCommand { Path = json.Path }, f.Host());

            Assert.Equal("Tariff Create Succeeded\nLocationTariff Create Succeeded", Summary(first));
            Assert.Equal("Tariff Unchanged NoChange\nLocationTariff Unchanged NoChange", Summary(second));
        }
    }
}
