using System.Linq;
using System.Text.Json.Nodes;
using EnodePS.Emulator.Tests.Support;
using EnodePS.Tests.Shared;
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
    
        private static JsonObject Schedule(JsonObject rule) => new JsonObject
        {
            ["id"] = "s", ["userId"] = "u", ["targetId"] = "t", ["locationId"] = null, ["targetType"] = "vehicle",
            ["isEnabled"] = true, ["defaultShouldCharge"] = false, ["rules"] = new JsonArray(rule),
        };

        [Fact]
        public void An_optional_field_may_be_absent_but_not_null()
        {
            DocumentedFields.AssertPresent(Schedule(new JsonObject { ["shouldCharge"] = true }), "GET /schedules/{scheduleId}");
            Assert.ThrowsAny<XunitException>(() =>
                DocumentedFields.AssertPresent(Schedule(new JsonObject { ["shouldCharge"] = true, ["weekdays"] = null }), "GET /schedules/{scheduleId}"));
            Assert.ThrowsAny<XunitException>(() =>
                DocumentedFields.AssertPresent(Schedule(new JsonObject { ["weekdays"] = new JsonArray(0) }), "GET /schedules/{scheduleId}"));
        }

        /// <summary>The table of optional response fields holds only what the reference makes optional, and is needed.</summary>
        [Fact]
        public void The_optional_response_fields_are_the_references_optional_and_not_nullable_ones()
        {
            var create = SpecInventory.Find("POST /users/{userId}/schedules")!;
            foreach (var path in OptionalResponseFields.Reasons.Keys.Where(p => p.StartsWith("rules[].")))
            {
                var request = create.RequestBody.Single(f => f.Name == path);
                Assert.False(request.Required, $"{path} is required in the create request: it can not be left out of an answer.");
            }
            foreach (var operation in new[] { "GET /schedules/{scheduleId}", "POST /webhooks", "GET /webhooks/{webhookId}" })
                foreach (var field in SpecOperations.ResponseFields(operation, 200).Where(f => OptionalResponseFields.IsOptional(f.Name)))
                    Assert.False(field.Nullable, $"{operation} {field.Name} is typed \"or null\": it can be answered as null and needs no entry.");
        }
    }
}
