using System.Text.Json.Nodes;
using EnodePS.Emulator.Tests.Support;
using Xunit.Sdk;

namespace EnodePS.Emulator.Tests
{
    /// <summary>The field check the route tests rely on must itself catch a missing field, a wrong null and a wrong enum value.</summary>
    public class DocumentedFieldsTests
    {
        private static JsonObject Intervention() => new JsonObject
        {
            ["id"] = "i", ["vendor"] = "TESLA", ["vendorType"] = "vehicle", ["brand"] = "Tesla", ["introducedAt"] = "2024-01-01T00:00:00.000Z",
            ["domain"] = "Account",
            ["resolution"] = new JsonObject { ["title"] = "t", ["description"] = "d", ["access"] = "Remote", ["agent"] = "User", ["action"] = null },
        };

        [Fact]
        public void A_complete_answer_passes() => DocumentedFields.AssertPresent(Intervention(), "GET /interventions/{interventionId}");

        [Fact]
        public void A_missing_nested_field_fails()
        {
            var body = Intervention();
            ((JsonObject)body["resolution"]!).Remove("agent");
            Assert.ThrowsAny<XunitException>(() => DocumentedFields.AssertPresent(body, "GET /interventions/{interventionId}"));
        }

        [Fact]
        public void A_null_where_none_is_documented_fails()
        {
            var body = Intervention();
            body["brand"] = null;
            Assert.ThrowsAny<XunitException>(() => DocumentedFields.AssertPresent(body, "GET /interventions/{interventionId}"));
        }

        [Fact]
        public void A_value_outside_the_documented_enum_fails()
        {
            var body = Intervention();
            body["domain"] = "Cloud";
            Assert.ThrowsAny<XunitException>(() => DocumentedFields.AssertPresent(body, "GET /interventions/{interventionId}"));
        }
    }
}
