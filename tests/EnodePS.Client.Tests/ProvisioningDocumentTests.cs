using System.Linq;
using EnodePS.Client.Json;
using EnodePS.Client.Provisioning;

namespace EnodePS.Client.Tests
{
    public class ProvisioningDocumentTests
    {
        private const string Json = @"{
  ""webhooks"": [ { ""url"": ""https://hooks.example.com/enode"", ""events"": [""user:vehicle:updated"", ""user:charger:updated""],
                  ""secret"": ""env:ENODE_WEBHOOK_SECRET"", ""authentication"": { ""headerName"": ""X-Api-Key"", ""headerValue"": ""env:HOOK_KEY"" } } ],
  ""tariffs"": [ { ""id"": ""home-tou"", ""rates"": [ { ""name"": ""PEAK"", ""cost"": ""0.35"" }, { ""name"": ""OFF_PEAK"", ""cost"": 0.12 } ] } ],
  ""locationTariffs"": [ { ""locationId"": ""8d9f7b4e-0000-4000-8000-000000000001"", ""tariffId"": ""home-tou"", ""intervals"": [
      { ""name"": ""OFF_PEAK"", ""from"": ""22:00"", ""to"": ""07:00"" },
      { ""name"": ""PEAK"", ""weekdays"": [0, 1, 2, 3, 4], ""from"": ""07:00"", ""to"": ""22:00"" },
      { ""name"": ""OFF_PEAK"", ""weekdays"": [5, 6], ""from"": ""07:00"", ""to"": ""22:00"" } ] } ]
}";

        private static string Describe(ProvisioningDocument d) => string.Join("\n",
            d.Webhooks.Select(w => $"{w.Path} {w.Url} {string.Join(",", w.Events)} {w.Secret} {w.HeaderName} {w.HeaderValue}")
                .Concat(d.Tariffs.Select(t => $"{t.Path} {t.Id} {string.Join(",", t.Rates.OrderBy(r => r.Name).Select(r => r.ToString()))}"))
                .Concat(d.LocationTariffs.Select(l => $"{l.Path} {l.LocationId} {l.TariffId} {string.Join(",", l.Intervals)}")));

        private static ProvisioningDocument Read(string json) => ProvisioningDocument.FromPlain(JsonTree.Parse(json), "enode.config.json");

        [Fact]
        public void A_file_declares_webhooks_tariffs_and_schedules_with_event_names_normalised()
        {
            var document = Read(Json);

            Assert.Equal(
                "webhooks[0] https://hooks.example.com/enode user:vehicle:updated,user:charger:updated env:ENODE_WEBHOOK_SECRET X-Api-Key env:HOOK_KEY\n" +
                "tariffs[0] home-tou OFF_PEAK=0.12,PEAK=0.35\n" +
                "locationTariffs[0] 8d9f7b4e-0000-4000-8000-000000000001 home-tou " + string.Join(",", document.LocationTariffs.Single().Intervals),
                Describe(document));
            Assert.Equal(3, document.LocationTariffs.Single().Intervals.Count);
        }

        [Theory]
        [InlineData("{ \"webhooks\": [ { \"url\": \"https://h.example.com\", \"secret\": \"hunter2-literal-secret\" } ] }", "webhooks[0].secret must be a reference")]
        [InlineData("{ \"webhooks\": [ { \"url\": \"https://h.example.com\" } ] }", "webhooks[0]: 'secret' is missing")]
        [InlineData("{ \"webhooks\": [ { \"url\": \"http://h.example.com\", \"secret\": \"env:S\" } ] }", "webhooks[0].url: 'http://h.example.com' is not allowed")]
        [InlineData("{ \"webhooks\": [ { \"url\": \"https://h.example.com\", \"secret\": \"env:S\", \"events\": [ \"user:car:updated\" ] } ] }", "webhooks[0].events: 'user:car:updated' is not a webhook event")]
        [InlineData("{ \"webhooks\": [ { \"url\": \"https://h.example.com\", \"secret\": \"env:S\", \"event\": \"*\" } ] }", "webhooks[0]: unknown field 'event'")]
        [InlineData("{ \"webhook\": [] }", "the file: unknown field 'webhook'")]
        [InlineData("{ \"webhooks\": [ { \"url\": \"https://h.example.com\", \"secret\": \"env:S\" }, { \"url\": \"https://h.example.com\", \"secret\": \"env:T\" } ] }", "webhooks[1]: url 'https://h.example.com' is already declared by webhooks[0]")]
        [InlineData("{ \"tariffs\": [ { \"id\": \"t\", \"rates\": { \"PEAK\": \"0,35\" } } ] }", "tariffs[0] ('t').rates: Rate 1 ('PEAK'): '0,35' is not a decimal number")]
        [InlineData("{ \"tariffs\": [ { \"id\": \"t\", \"rates\": { \"PEAK\": 1 } } ], \"locationTariffs\": [ { \"locationId\": \"l\", \"tariffId\": \"t\", \"intervals\": [ { \"name\": \"PEAK\", \"from\": \"07:00\", \"to\": \"09:00\" }, { \"name\": \"PEAK\", \"from\": \"08:00\", \"to\": \"10:00\" } ] } ] }",
            "locationTariffs[0] (location l): interval 1 'PEAK' 07:00-09:00 and interval 2 'PEAK' 08:00-10:00 overlap on Monday from 08:00")]
        [InlineData("{ \"tariffs\": [ { \"id\": \"t\", \"rates\": { \"PEAK\": 1 } } ], \"locationTariffs\": [ { \"locationId\": \"l\", \"tariffId\": \"t\", \"intervals\": [ { \"name\": \"NIGHT\", \"from\": \"01:00\", \"to\": \"02:00\" } ] } ] }",
            "names no rate of tariff 't'")]
        public void Mistakes_are_refused_naming_the_entry(string text, string expected)
        {
            var error = Assert.Throws<ProvisioningFileException>(() => Read(text));

            Assert.StartsWith("enode.config.json: ", error.Message);
            Assert.Contains(expected, error.Message);
            Assert.DoesNotContain("hunter2", error.Message);
        }

        [Fact]
        public void Secret_references_resolve_from_the_environment_given_and_name_a_missing_variable()
        {
            var resolvers = new SecretResolvers(new EnvironmentSecretResolver(name => name == "SET" ? "value-123" : null));
            SecretReference.TryParse("env:SET", out var set);
            SecretReference.TryParse("env:UNSET", out var unset);
            SecretReference.TryParse("vault:MyVault/HookSecret", out var vault);

            Assert.Equal("value-123", SecureStrings.ToPlain(resolvers.Resolve(set!)));
            Assert.Contains("UNSET is not set", Assert.Throws<System.InvalidOperationException>(() => resolvers.Resolve(unset!)).Message);
            Assert.Contains("'vault:' references", Assert.Throws<System.InvalidOperationException>(() => resolvers.Resolve(vault!)).Message);
        }
    }
}
