using System;
using System.Linq;
using System.Management.Automation;
using System.Text.Json.Nodes;
using EnodePS.Client.Models;
using EnodePS.Client.Webhooks;
using EnodePS.Emulator;
using EnodePS.Emulator.Faults;
using EnodePS.PowerShell.Tests.Support;
using EnodePS.Tests.Shared;

namespace EnodePS.PowerShell.Tests.Provisioning
{
    /// <summary>
    /// The provisioning file reads its secrets from environment variables, which belong to the process: these tests set
    /// them as a CI job would ($env:NAME in the session) and are the only ones that use those names.
    /// </summary>
    public class InvokeEnodeProvisioningTests
    {
        private const string HookSecret = "ci-hook-secret-0123456789";
        private const string HeaderValue = "ci-header-value-9876543210";
        private const string ProvisioningFailed = "EnodeProvisioningFailed,EnodePS.Cmdlets.Provisioning.InvokeEnodeProvisioningCommand";

        private static string File(string location, string events = "'user:vehicle:updated', 'user:charger:updated'", string peak = "0.35") => $@"
# Provisioning for the pipeline
@{{
    webhooks = @(
        @{{
            url            = 'https://hooks.example.com/enode'
            events         = {events}
            secret         = 'env:ENODE_WEBHOOK_SECRET'
            authentication = @{{ headerName = 'X-Api-Key'; headerValue = 'env:HOOK_API_KEY' }}
        }}
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
                Session = new PowerShellSession(new EmulatorOptions { VehicleCount = 2 });
                Location = EmulatorLocations.Add(Session.Emulator);
                Config = new TempFile("enode.config.psd1", File(Location));
                Session.Invoke("$env:ENODE_WEBHOOK_SECRET = $hookSecret; $env:HOOK_API_KEY = $headerValue", new { hookSecret = HookSecret, headerValue = HeaderValue });
            }

            public PowerShellSession Session { get; }
            public string Location { get; }
            public TempFile Config { get; }

            /// <summary>Invoke-EnodeProvisioning on the config file with the given parameters, as typed.</summary>
            public ScriptResult Provision(string parameters = "", string before = "") =>
                Session.Run(before + "Invoke-EnodeProvisioning -Path $configPath " + parameters, new { configPath = Config.Path });

            public void Dispose()
            {
                Session.Run("Remove-Item Env:ENODE_WEBHOOK_SECRET, Env:HOOK_API_KEY -ErrorAction SilentlyContinue");
                Config.Dispose();
                Session.Dispose();
            }
        }

        /// <summary>The one error of a run its file stopped, before any request and any output.</summary>
        private static ErrorRecord RefusedFile(ScriptResult result, Fixture f)
        {
            var error = Assert.Single(result.AllErrors);
            Assert.Equal("EnodeProvisioningFileInvalid,EnodePS.Cmdlets.Provisioning.InvokeEnodeProvisioningCommand", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidData, error.CategoryInfo.Category);
            Assert.Equal(f.Config.Path, error.TargetObject);
            Assert.Empty(result.Output);
            Assert.Empty(f.Session.Emulator.Journal.Api());
            return error;
        }

        private static string Summary(ScriptResult result) =>
            string.Join("\n", result.OutputOf<ProvisioningResult>().Select(r => $"{r.ResourceType} {r.Action} {r.Outcome}"));

        [Fact]
        public void The_first_run_creates_everything_and_the_second_changes_nothing_and_sends_no_mutating_request()
        {
            using var f = new Fixture();

            var first = f.Provision().AssertSucceeded();

            Assert.Equal("Tariff Create Succeeded\nLocationTariff Create Succeeded\nWebhook Create Succeeded", Summary(first));
            Assert.All(first.Output, o => Assert.Equal("EnodePS.ProvisioningResult", o.TypeNames[0]));
            Assert.Equal(new[] { "PUT /tariffs/{tariffId}", "PUT /locations/{locationId}/tariff", "POST /webhooks" },
                f.Session.Emulator.Journal.Mutating().Select(r => r.Operation));
            var webhook = f.Session.Emulator.State.Webhooks.All.Single();
            Assert.Equal("X-Api-Key", (string?)webhook.Body["authentication"]!["headerName"]);
            Assert.Equal(webhook.Id, first.OutputOf<ProvisioningResult>().Last().Id);

            f.Session.Emulator.Journal.Clear();
            // With -Confirm any change would be asked about (and refused by the test host): nothing is.
            var second = f.Provision("-Confirm");

            Assert.Equal("Tariff Unchanged NoChange\nLocationTariff Unchanged NoChange\nWebhook Unchanged NoChange", Summary(second));
            Assert.Empty(second.Prompts);
            Assert.Empty(second.AllErrors);
            Assert.Empty(f.Session.Emulator.Journal.Mutating());
        }

        [Fact]
        public void The_webhook_gets_the_secret_from_the_environment_and_deliveries_are_signed_with_it()
        {
            using var receiver = new WebhookReceiver();
            using var f = new Fixture();
            f.Config.Write(File(f.Location).Replace("https://hooks.example.com/enode", receiver.Url.ToString()));

            f.Provision().AssertSucceeded();
            var id = f.Session.Emulator.State.Webhooks.All.Single().Id;
            var test = f.Session.Run("Test-EnodeWebhook -Id $id", new { id }).AssertSucceeded().OutputOf<WebhookTestResult>().Single();

            Assert.True(test.Succeeded);
            var delivery = receiver.Deliveries.Single();
            Assert.Equal(HeaderValue, delivery.Header("X-Api-Key"));
            Assert.Equal(SignatureCheck.Valid, WebhookSignature.Verify(delivery.Body, delivery.Header("x-enode-signature"), HookSecret));
        }

        [Fact]
        public void WhatIf_prints_the_plan_and_sends_no_mutating_request()
        {
            using var f = new Fixture();
            f.Session.Emulator.Journal.Clear();

            var result = f.Provision("-WhatIf").AssertSucceeded();

            Assert.Equal("Tariff Create Skipped\nLocationTariff Create Skipped\nWebhook Create Skipped", Summary(result));
            var whatIf = result.WhatIf.ToList();
            Assert.Equal(new[] { "Tariff home-tou", "LocationTariff " + f.Location, "Webhook https://hooks.example.com/enode" }, whatIf.Select(c => c.Target));
            Assert.StartsWith("Create (rates: PEAK=0.35, OFF_PEAK=0.12)", whatIf[0].Action);
            Assert.Empty(f.Session.Emulator.Journal.Mutating());
            Assert.Empty(f.Session.Emulator.State.Webhooks.All);
        }

        [Fact]
        public void A_changed_file_updates_only_what_changed()
        {
            using var f = new Fixture();
            f.Provision().AssertSucceeded();
            f.Config.Write(File(f.Location, events: "'*'", peak: "'0.40'"));
            f.Session.Emulator.Journal.Clear();

            var result = f.Provision().AssertSucceeded();

            Assert.Equal("Tariff Update Succeeded\nLocationTariff Unchanged NoChange\nWebhook Update Succeeded", Summary(result));
            var results = result.OutputOf<ProvisioningResult>().ToList();
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
            var stray = f.Session.Run("Register-EnodeWebhook -Url https://old.example.com/hook").AssertSucceeded().OutputOf<WebhookRegistration>().Single();

            var withoutPrune = f.Provision().AssertSucceeded();
            Assert.Equal(2, f.Session.Emulator.State.Webhooks.Count);
            Assert.DoesNotContain(withoutPrune.OutputOf<ProvisioningResult>(), r => r.Action == ProvisioningAction.Delete);

            var withPrune = f.Provision("-Prune").AssertSucceeded();

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

            var result = f.Provision();

            var message = RefusedFile(result, f).Exception.Message;
            Assert.Contains("enode.config.psd1: locationTariffs[0]", message);
            Assert.Contains("interval 1 'OFF_PEAK' 21:00-07:30", message);
            Assert.Contains("interval 2 'PEAK' 07:00-22:00", message);
        }

        [Fact]
        public void A_missing_secret_variable_stops_before_any_request_naming_the_webhook_and_the_variable()
        {
            using var f = new Fixture();
            f.Session.Emulator.Journal.Clear();

            var result = f.Provision(before: "Remove-Item Env:HOOK_API_KEY; ");

            var error = Assert.Single(result.AllErrors);
            Assert.Equal(ProvisioningFailed, error.FullyQualifiedErrorId);
            Assert.Equal("Webhook https://hooks.example.com/enode", error.TargetObject);
            Assert.Contains("webhooks[0].authentication.headerValue", error.Exception.Message);
            Assert.Contains("HOOK_API_KEY is not set", error.Exception.Message);
            Assert.Empty(f.Session.Emulator.Journal.Api());
        }

        [Fact]
        public void An_unknown_location_stops_planning_before_any_change()
        {
            using var f = new Fixture();
            f.Config.Write(File(Guid.NewGuid().ToString()));

            var result = f.Provision();

            var error = Assert.Single(result.AllErrors);
            Assert.Equal(ProvisioningFailed, error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
            Assert.Contains("was not found", error.Exception.Message);
            Assert.Empty(f.Session.Emulator.Journal.Mutating());
        }

        [Fact]
        public void A_failure_while_applying_stops_with_an_error_naming_the_resource_after_reporting_what_was_done()
        {
            using var f = new Fixture();
            f.Session.Emulator.Faults.FailNext(FaultKind.ServerError, 10, operation: "POST /webhooks");

            var result = f.Provision();

            Assert.Equal("Tariff Create Succeeded\nLocationTariff Create Succeeded\nWebhook Create Failed", Summary(result));
            var error = Assert.Single(result.AllErrors);
            Assert.Equal(ProvisioningFailed, error.FullyQualifiedErrorId);
            Assert.Equal("Webhook https://hooks.example.com/enode", error.TargetObject);
            Assert.Contains("Provisioning stopped at Webhook https://hooks.example.com/enode (Create)", error.Exception.Message);
            Assert.Contains("500", error.Exception.Message);
        }

        [Fact]
        public void Secrets_never_appear_in_any_output_even_with_debug_on()
        {
            using var f = new Fixture();

            // -Debug alone would also make PowerShell ask before each warning and verbose line: the preference shows debug only.
            f.Session.Invoke("$DebugPreference = 'Continue'");
            var first = f.Provision().AssertSucceeded();
            f.Config.Write(File(f.Location, events: "'*'"));
            var second = f.Provision("-UpdateSecret -Prune").AssertSucceeded();
            var third = f.Provision("-WhatIf").AssertSucceeded();

            var runs = new[] { first, second, third };
            var text = string.Join("\n", runs.Select(r => r.AllText + "\n" + string.Join("\n", r.OutputOf<ProvisioningResult>().SelectMany(p => p.Changes))));
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

            var first = f.Session.Run("Invoke-EnodeProvisioning $path", new { path = json.Path }).AssertSucceeded();
            var second = f.Session.Run("Invoke-EnodeProvisioning $path", new { path = json.Path }).AssertSucceeded();

            Assert.Equal("Tariff Create Succeeded\nLocationTariff Create Succeeded", Summary(first));
            Assert.Equal("Tariff Unchanged NoChange\nLocationTariff Unchanged NoChange", Summary(second));
        }

        [Fact]
        public void A_psd1_file_and_its_json_twin_declare_the_same_state()
        {
            using var f = new Fixture();
            f.Config.Write(@"<# The twin of enode.config.json: PowerShell's number forms, a here-string,
   comments and arrays in hashtables in arrays #>
@{
    webhooks = @(
        @{
            url            = @'
https://hooks.example.com/enode
'@
            events         = 'user:vehicle:updated', 'USER:CHARGER:UPDATED'   # compared case-insensitively
            secret         = ""env:ENODE_WEBHOOK_SECRET""
            authentication = @{ headerName = 'X-Api-Key'; headerValue = 'env:HOOK_API_KEY' }
        }
    )
    tariffs = @(
        @{ id = 'home-tou'; rates = @{ PEAK = 0x10; OFF_PEAK = 1e-1; EXPORT = -5; BULK = 1kb } }
    )
    locationTariffs = @(
        @{
            locationId = '" + f.Location + @"'
            tariffId   = 'home-tou'
            intervals  = @(
                @{ name = 'OFF_PEAK'; from = '22:00'; to = '07:00' }
                @{ name = 'PEAK'; weekdays = @(0, 1, 2, 3, 4); from = '07:00'; to = '22:00' }
                @{ name = 'EXPORT'; weekdays = 5, 6; from = '07:00'; to = '22:00' }
            )
        }
    )
}");
            using var json = new TempFile("enode.config.json", @"{
  ""webhooks"": [ { ""url"": ""https://hooks.example.com/enode"", ""events"": [ ""user:vehicle:updated"", ""user:charger:updated"" ],
                  ""secret"": ""env:ENODE_WEBHOOK_SECRET"", ""authentication"": { ""headerName"": ""X-Api-Key"", ""headerValue"": ""env:HOOK_API_KEY"" } } ],
  ""tariffs"": [ { ""id"": ""home-tou"", ""rates"": { ""PEAK"": ""16"", ""OFF_PEAK"": 0.1, ""EXPORT"": ""-5"", ""BULK"": 1024 } } ],
  ""locationTariffs"": [ { ""locationId"": """ + f.Location + @""", ""tariffId"": ""home-tou"", ""intervals"": [
      { ""name"": ""OFF_PEAK"", ""from"": ""22:00"", ""to"": ""07:00"" },
      { ""name"": ""PEAK"", ""weekdays"": [ 0, 1, 2, 3, 4 ], ""from"": ""07:00"", ""to"": ""22:00"" },
      { ""name"": ""EXPORT"", ""weekdays"": [ 5, 6 ], ""from"": ""07:00"", ""to"": ""22:00"" } ] } ]
}");

            var fromPsd1 = f.Provision().AssertSucceeded();
            var fromJson = f.Session.Run("Invoke-EnodeProvisioning $path", new { path = json.Path }).AssertSucceeded();

            Assert.Equal("Tariff Create Succeeded\nLocationTariff Create Succeeded\nWebhook Create Succeeded", Summary(fromPsd1));
            Assert.Equal("Tariff Unchanged NoChange\nLocationTariff Unchanged NoChange\nWebhook Unchanged NoChange", Summary(fromJson));
            var tariff = f.Session.Run("Get-EnodeTariff -Id home-tou").AssertSucceeded().OutputOf<Tariff>().Single();
            Assert.Equal(new[] { "BULK=1024", "EXPORT=-5", "OFF_PEAK=0.1", "PEAK=16" }, tariff.Rates.Select(r => r.ToString()).OrderBy(r => r));
        }

        [Fact]
        public void Code_in_a_psd1_file_stops_before_any_request_naming_its_line_and_nothing_runs()
        {
            using var f = new Fixture();
            using var marker = new TempFile("ran.txt", "");
            System.IO.File.Delete(marker.Path);
            f.Config.Write(File(f.Location).Replace("secret         = 'env:ENODE_WEBHOOK_SECRET'",
                "secret         = \"env:$(New-Item -ItemType File -Path '" + marker.Path + "')\""));
            f.Session.Emulator.Journal.Clear();

            var result = f.Provision();

            var error = RefusedFile(result, f);
            Assert.StartsWith("enode.config.psd1, line 8, column ", error.Exception.Message);
            Assert.Contains("'New-Item -ItemType File", error.Exception.Message);
            Assert.False(System.IO.File.Exists(marker.Path), "the file's code ran");
        }

        [Theory]
        [InlineData("@{\n  webhooks = @(\n    'unclosed\n)\n}", "enode.config.psd1, line 3, column ", "terminator")]
        [InlineData("@{\n  webhooks = @()\n  WEBHOOKS = @()\n}", "enode.config.psd1, line 3, column 3: ", "Duplicate keys")]
        [InlineData("@{ webhooks = @() }\nRemove-Item ./enode.config.psd1", "enode.config.psd1, line 2, column 1: ", "a second statement")]
        [InlineData("Get-Content ./enode.config.json | ConvertFrom-Json", "enode.config.psd1, line 1, column 1: ", "'Get-Content ./enode.config.json' is a command")]
        [InlineData("# only a comment", "enode.config.psd1: ", "holds no data")]
        [InlineData("@( @{ webhooks = @() } )", "enode.config.psd1: ", "must hold one hashtable")]
        public void A_file_that_is_not_one_hashtable_of_constants_is_refused_with_its_line(string text, string where, string message)
        {
            using var f = new Fixture();
            f.Config.Write(text);
            f.Session.Emulator.Journal.Clear();

            var result = f.Provision();

            var error = RefusedFile(result, f);
            Assert.StartsWith(where, error.Exception.Message);
            Assert.Contains(message, error.Exception.Message);
            Assert.True(System.IO.File.Exists(f.Config.Path));
        }

        [Fact]
        public void A_relative_path_is_resolved_from_the_current_location()
        {
            using var f = new Fixture();

            var result = f.Session.Run("Push-Location (Split-Path $configPath); try { Invoke-EnodeProvisioning ./enode.config.psd1 -WhatIf } finally { Pop-Location }",
                new { configPath = f.Config.Path }).AssertSucceeded();

            Assert.Equal("Tariff Create Skipped\nLocationTariff Create Skipped\nWebhook Create Skipped", Summary(result));
        }

        [Fact]
        public void Every_output_type_has_a_view() => CmdletContract.AssertEveryOutputTypeHasAView("Invoke-EnodeProvisioning");

        [Fact]
        public void The_help_page_describes_each_parameter_with_two_examples() =>
            CmdletContract.AssertHelpPageDescribesEachParameterWithTwoExamples("Invoke-EnodeProvisioning");
    }
}
