using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json.Nodes;
using EnodePS.Client.Json;
using EnodePS.Client.Models.Events;
using EnodePS.Client.Webhooks;
using EnodePS.Tests.Shared;

namespace EnodePS.Client.Tests
{
    public class WebhookPayloadReaderTests
    {
        private static readonly JsonArray Events = JsonNode.Parse(File.ReadAllText(SpecFiles.Combine("spec", "webhook-events.json")))!.AsArray();

        public static IEnumerable<object[]> DocumentedEvents() => Events.Select(e => new object[] { (string)e!["event"]! });

        /// <summary>An event with every field the reference documents for it, each with a value of its documented type.</summary>
        private static JsonObject Sample(string eventName)
        {
            var spec = Events.Single(e => (string)e!["event"]! == eventName)!;
            var root = new JsonObject();
            foreach (var field in spec["fields"]!.AsArray())
            {
                var name = (string)field!["name"]!;
                // A few fields have no documented type; updatedFields is an array of strings in every other event.
                var type = (string?)field["type"] ?? (name == "updatedFields" ? "array of string" : "object");
                var enumValues = field["enum"] as JsonArray;
                Set(root, name.Split('.'), Value(name, type, enumValues));
            }
            return root;
        }

        private static JsonNode? Value(string name, string type, JsonArray? enumValues)
        {
            if (enumValues != null && enumValues.Count > 0)
                return type.StartsWith("array") ? new JsonArray((string)enumValues[0]!) : JsonValue.Create((string)enumValues[0]!);
            if (type.StartsWith("string<date-time>")) return "2024-10-01T08:00:00.000Z";
            if (type.StartsWith("string")) return name.EndsWith("id", StringComparison.OrdinalIgnoreCase) || name.EndsWith("Id") ? Guid.NewGuid().ToString() : "text";
            if (type.StartsWith("integer")) return 3;
            if (type.StartsWith("number")) return 2;
            if (type.StartsWith("boolean")) return true;
            if (type.StartsWith("array of string")) return new JsonArray("a.b");
            if (type.StartsWith("array of integer")) return new JsonArray(1, 2);
            if (type.StartsWith("array")) return new JsonArray(new JsonObject());
            return new JsonObject();
        }

        /// <summary>Places a value at a dotted path; "x[]" segments step into the first element of an array.</summary>
        private static void Set(JsonObject root, string[] path, JsonNode? value)
        {
            JsonObject current = root;
            for (var i = 0; i < path.Length - 1; i++)
            {
                var segment = path[i];
                if (segment.EndsWith("[]"))
                {
                    var key = segment.Substring(0, segment.Length - 2);
                    if (!(current[key] is JsonArray array) || array.Count == 0 || !(array[0] is JsonObject))
                        current[key] = array = new JsonArray(new JsonObject());
                    current = (JsonObject)array[0]!;
                }
                else
                {
                    if (!(current[segment] is JsonObject next)) current[segment] = next = new JsonObject();
                    current = next;
                }
            }
            var last = path[path.Length - 1];
            if (last.EndsWith("[]")) last = last.Substring(0, last.Length - 2);
            if (current[last] is JsonObject existing && value is JsonObject) return;
            if (current[last] is JsonArray && value is JsonArray) return;
            current[last] = value;
        }

        [Theory]
        [MemberData(nameof(DocumentedEvents))]
        public void Every_documented_event_reads_into_its_own_class_with_every_top_level_field(string eventName)
        {
            var sample = Sample(eventName);

            var read = Assert.Single(WebhookPayloadReader.Read(new JsonArray(sample).ToJsonString()));

            Assert.False(read is UnknownEvent, "read generically: " + (read as UnknownEvent)?.ReadProblem);
            Assert.Equal(WebhookPayloadReader.TypeFor(eventName), read.GetType());
            Assert.Equal(eventName, read.Event);
            Assert.Equal(new DateTimeOffset(2024, 10, 1, 8, 0, 0, TimeSpan.Zero), read.CreatedAt);
            foreach (var field in sample.Select(p => p.Key))
            {
                var property = read.GetType().GetProperty(field, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
                Assert.True(property != null, $"{read.GetType().Name} has no property for '{field}'");
                Assert.NotNull(property!.GetValue(read));
            }
            if (read is UserEvent user) Assert.Equal((string?)sample["user"]!["id"] ?? "", user.User.Id);
        }

        [Fact]
        public void Embedded_objects_keep_their_values()
        {
            var vehicle = (VehicleUpdated)WebhookPayloadReader.Read(
                "[{\"event\":\"user:vehicle:updated\",\"createdAt\":\"2024-10-01T08:00:00Z\",\"version\":\"2024-10-01\",\"user\":{\"id\":\"u1\"},"
                + "\"vehicle\":{\"id\":\"v1\",\"userId\":\"u1\",\"vendor\":\"TESLA\",\"chargeState\":{\"batteryLevel\":57}},\"updatedFields\":[\"chargeState.batteryLevel\"]}]").Single();
            var charger = (ChargerUpdated)WebhookPayloadReader.Read(
                "{\"event\":\"user:charger:updated\",\"createdAt\":\"2024-10-01T08:00:00Z\",\"version\":\"2024-10-01\",\"user\":{\"id\":\"u1\"},"
                + "\"charger\":{\"id\":\"c1\",\"chargeState\":{\"maxCurrent\":16}},\"updatedFields\":[]}").Single();

            Assert.Equal("v1", vehicle.Vehicle.Id);
            Assert.Equal(57, vehicle.Vehicle.ChargeState.BatteryLevel);
            Assert.Equal("u1", vehicle.UserId);
            Assert.Equal("c1", charger.Charger["id"]);
            Assert.Equal(16L, ((JsonRecord)charger.Charger["chargeState"]!)["maxCurrent"]);
        }

        [Fact]
        public void A_future_event_is_kept_whole_as_an_unknown_event_among_typed_ones()
        {
            var events = WebhookPayloadReader.Read(
                "[{\"event\":\"enode:webhook:test\",\"createdAt\":\"2024-10-01T08:00:00Z\",\"version\":\"2024-10-01\"},"
                + "{\"event\":\"flex:session:updated\",\"createdAt\":\"2024-10-01T09:00:00Z\",\"version\":\"2024-10-01\",\"session\":{\"id\":\"s1\"}}]");

            Assert.IsType<WebhookTestEvent>(events[0]);
            var unknown = Assert.IsType<UnknownEvent>(events[1]);
            Assert.Equal("flex:session:updated", unknown.Event);
            Assert.Equal(new DateTimeOffset(2024, 10, 1, 9, 0, 0, TimeSpan.Zero), unknown.CreatedAt);
            Assert.Equal("s1", ((JsonRecord)unknown.Fields["session"]!)["id"]);
            Assert.Null(unknown.ReadProblem);
        }

        [Fact]
        public void A_documented_event_whose_fields_changed_shape_is_kept_generically_with_the_reason()
        {
            var read = WebhookPayloadReader.Read("[{\"event\":\"user:vehicle:updated\",\"createdAt\":\"2024-10-01T08:00:00Z\",\"version\":\"2025-01-01\",\"updatedFields\":\"all\"}]").Single();

            var unknown = Assert.IsType<UnknownEvent>(read);
            Assert.NotNull(unknown.ReadProblem);
            Assert.Equal("2025-01-01", unknown.Version);
        }

        [Theory]
        [InlineData("not json")]
        [InlineData("42")]
        [InlineData("[1]")]
        [InlineData("[{\"createdAt\":\"2024-10-01T08:00:00Z\"}]")]
        public void Bodies_that_are_not_events_are_format_errors(string body)
        {
            Assert.Throws<FormatException>(() => WebhookPayloadReader.Read(body));
        }
    }
}
