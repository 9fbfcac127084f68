using System.IO;
using System.Linq;
using System.Text.Json;
using EnodePS.Client.Facts;
using EnodePS.Tests.Shared;

namespace EnodePS.Client.Tests
{
    /// <summary>The completion facts come from the reference's enumerations compiled into the client.</summary>
    public class ApiFactsTests
    {
        private static string[] SpecValues(string key)
        {
            using var document = JsonDocument.Parse(File.ReadAllText(SpecFiles.Combine("spec", "enums.json")));
            return document.RootElement.GetProperty(key).GetProperty("values").EnumerateArray().Select(v => v.GetString()!).ToArray();
        }

        [Fact]
        public void Vendor_types_languages_events_and_battery_modes_are_the_references()
        {
            Assert.Equal(SpecValues("(unnamed), vendorType"), ApiFacts.VendorTypes);
            Assert.Equal(SpecValues("language"), ApiFacts.Languages);
            Assert.Equal(SpecValues("events"), ApiFacts.WebhookEvents);
            Assert.Equal(SpecValues("operationMode [batteries]"), ApiFacts.BatteryOperationModes);
        }

        [Fact]
        public void Vendors_are_those_of_each_device_areas_list()
        {
            Assert.Equal(SpecValues("vendor [vehicles, webhook:vehicle]"), ApiFacts.Vendors("vehicle"));
            Assert.Equal(SpecValues("vendor [chargers, webhook:charger]"), ApiFacts.Vendors("Charger"));
            Assert.Equal(SpecValues("vendor [hem-systems, meters, webhook:meter, webhook:hem-system]"), ApiFacts.Vendors("meter"));
            Assert.DoesNotContain("ZAPTEC", ApiFacts.Vendors("vehicle"));
            foreach (var type in ApiFacts.VendorTypes) Assert.NotEmpty(ApiFacts.Vendors(type));
            var all = ApiFacts.Vendors();
            Assert.Contains("ZAPTEC", all);
            Assert.Contains("TESLA", all);
            Assert.Equal(all.Count, all.Distinct(System.StringComparer.OrdinalIgnoreCase).Count());
        }

        [Fact]
        public void Every_scope_names_a_vendor_type_an_access_and_a_capability_and_each_type_can_read_data()
        {
            foreach (var scope in ApiFacts.Scopes)
            {
                var parts = scope.Split(':');
                Assert.Equal(3, parts.Length);
                Assert.Contains(parts[0], ApiFacts.VendorTypes);
                Assert.Contains(parts[1], new[] { "read", "control" });
            }
            foreach (var type in ApiFacts.VendorTypes) Assert.Contains(type + ":read:data", ApiFacts.Scopes);
        }
    }
}
