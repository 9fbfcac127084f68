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

        [Theory]
        [MemberData(nameof(DocumentedEvents))]
        public void Every_documented_field_lands_in_the_REST_model_with_its_documented_type(string eventName)
        {
            var spec = Events.Single(e => (string)e!["event"]! == eventName)!;
            var read = WebhookPayloadReader.Read(new JsonArray(Sample(eventName)).ToJsonString()).Single();

            var problems = new List<string>();
            foreach (var field in spec["fields"]!.AsArray())
            {
                var name = (string)field!["name"]!;
                if (name == "user" || name == "event") continue;
                var problem = TypedValueProblem(read, name.Split('.'), (string?)field["type"]);
                if (problem != null) problems.Add(name + ": " + problem);
            }
            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }

        /// <summary>Walks a documented path through the typed event by its JSON names and checks the value's .NET type.</summary>
        private static string? TypedValueProblem(object root, string[] path, string? documentedType)
        {
            object? current = root;
            foreach (var raw in path)
            {
                var isArray = raw.EndsWith("[]", StringComparison.Ordinal);
                var name = isArray ? raw.Substring(0, raw.Length - 2) : raw;
                if (current is System.Collections.IList list) current = list.Count > 0 ? list[0] : null;
                if (current == null) return "the value before '" + name + "' is null";
                var property = current.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).FirstOrDefault(p =>
                    p.GetCustomAttribute<System.Text.Json.Serialization.JsonIgnoreAttribute>() == null && p.CanWrite
                    && (p.GetCustomAttribute<System.Text.Json.Serialization.JsonPropertyNameAttribute>()?.Name
                        ?? char.ToLowerInvariant(p.Name[0]) + p.Name.Substring(1)) == name);
                if (property == null) return current.GetType().Name + " has no property for '" + name + "'";
                current = property.GetValue(current);
            }
            if (current is JsonRecord) return "read as a JsonRecord";
            if (documentedType == null) return null;
            if (current == null) return "null";
            var type = documentedType.Split(' ')[0];
            switch (type)
            {
                case "string<date-time>": return current is DateTimeOffset ? null : "a " + current.GetType().Name + ", not a DateTimeOffset";
                case "number":
                case "integer": return current is double || current is int || current is long || current is decimal ? null : "a " + current.GetType().Name + ", not a number";
                case "boolean": return current is bool ? null : "a " + current.GetType().Name + ", not a bool";
                case "array": return current is System.Collections.IList ? null : "a " + current.GetType().Name + ", not a list";
                case "object": return current is string || current.GetType().IsPrimitive ? "a " + current.GetType().Name + ", not an object" : null;
                default: return type.StartsWith("string", StringComparison.Ordinal) && !(current is string) ? "a " + current.GetType().Name + ", not a string" : null;
            }
        }

        [Fact]
        public async System.Threading.Tasks.Task Every_event_the_emulator_delivers_on_its_tour_reads_into_its_own_class_and_REST_model()
        {
            using var receiver = new WebhookReceiver();
            using var emulator = new EnodePS.Emulator.EnodeEmulator(WebhookTour.Options());
            await WebhookTour.RunAsync(emulator, receiver.Url);
            var names = Events.Select(e => (string)e!["event"]!).ToList();
            var delivered = await WebhookTour.DeliveredAsync(receiver, names, TimeSpan.FromSeconds(15));

            var read = names.ToDictionary(n => n, n =>
            {
                Assert.True(delivered.ContainsKey(n), n + " was not delivered");
                return WebhookPayloadReader.Read(new JsonArray(delivered[n].DeepClone()).ToJsonString()).Single();
            });

            foreach (var name in names)
                Assert.True(WebhookPayloadReader.TypeFor(name) == read[name].GetType(), $"{name}: {read[name].GetType().Name} {(read[name] as UnknownEvent)?.ReadProblem}");
            Assert.NotNull(((ChargerUpdated)read["user:charger:updated"]).Charger.LastSeen);
            Assert.Contains("lastSeen", ((HvacUpdated)read["user:hvac:updated"]).UpdatedFields);
            Assert.Equal("CONFIRMED", ((VendorActionUpdated)read["user:vendor-action:updated"]).VendorAction.State);
            Assert.NotEmpty(((InverterStatisticsUpdated)read["user:inverter:statistics-updated"]).Samples);
            Assert.NotNull(((HemSystemUpdated)read["user:hem-system:updated"]).HemSystem.Status.LastSeen);
            var schedule = (ScheduleExecutionUpdated)read["user:schedule:execution-updated"];
            Assert.Equal(schedule.Schedule.Id, schedule.Status.ScheduleId);
            Assert.False(schedule.Schedule.IsEnabled);
            Assert.Equal(WebhookTour.UserId, ((BatteryDeleted)read["user:battery:deleted"]).Battery.UserId);
            Assert.True(((SystemHeartbeat)read["system:heartbeat"]).PendingEvents >= 0);
        }

        [Fact]
        public void Embedded_objects_are_the_models_the_REST_cmdlets_write()
        {
            var vehicle = (VehicleUpdated)WebhookPayloadReader.Read(
                "[{\"event\":\"user:vehicle:updated\",\"createdAt\":\"2024-10-01T08:00:00Z\",\"version\":\"2024-10-01\",\"user\":{\"id\":\"u1\"},"
                + "\"vehicle\":{\"id\":\"v1\",\"userId\":\"u1\",\"vendor\":\"TESLA\",\"chargeState\":{\"batteryLevel\":57}},\"updatedFields\":[\"chargeState.batteryLevel\"]}]").Single();
            var charger = (ChargerUpdated)WebhookPayloadReader.Read(
                "{\"event\":\"user:charger:updated\",\"createdAt\":\"2024-10-01T08:00:00Z\",\"version\":\"2024-10-01\",\"user\":{\"id\":\"u1\"},"
                + "\"charger\":{\"id\":\"c1\",\"lastSeen\":\"2024-10-01T07:59:00Z\",\"chargeState\":{\"isCharging\":true,\"maxCurrent\":16}},"
                + "\"updatedFields\":[\"chargeState.isCharging\"]}").Single();

            Assert.Equal("v1", vehicle.Vehicle.Id);
            Assert.Equal(57, vehicle.Vehicle.ChargeState.BatteryLevel);
            Assert.Equal("u1", vehicle.UserId);
            Assert.IsType<EnodePS.Client.Models.Charger>(charger.Charger);
            Assert.Equal("c1", charger.Charger.Id);
            Assert.True(charger.Charger.ChargeState.IsCharging);
            Assert.Equal(16, charger.Charger.ChargeState.MaxCurrent);
            Assert.Equal(new DateTimeOffset(2024, 10, 1, 7, 59, 0, TimeSpan.Zero), charger.Charger.LastSeen);
            Assert.Contains("chargeState.isCharging", charger.UpdatedFields);
        }

        [Fact]
        public void The_former_charge_action_event_reads_as_a_vendor_action()
        {
            var read = WebhookPayloadReader.Read(
                "[{\"event\":\"user:charge-action:updated\",\"createdAt\":\"2024-10-01T08:00:00Z\",\"version\":\"2024-10-01\",\"user\":{\"id\":\"u1\"},"
                + "\"chargeAction\":{\"id\":\"a1\",\"userId\":\"u1\",\"createdAt\":\"2024-10-01T07:00:00Z\",\"updatedAt\":\"2024-10-01T08:00:00Z\","
                + "\"completedAt\":\"2024-10-01T08:00:00Z\",\"state\":\"CONFIRMED\",\"targetId\":\"v1\",\"targetType\":\"vehicle\",\"kind\":\"START\"},"
                + "\"updatedFields\":[\"state\"]}]").Single();

            var action = Assert.IsType<ChargeActionUpdated>(read);
            Assert.Equal("CONFIRMED", action.ChargeAction.State);
            Assert.True(action.ChargeAction.IsResolved);
            Assert.Equal("START", action.ChargeAction.Kind);
            Assert.Equal(new DateTimeOffset(2024, 10, 1, 8, 0, 0, TimeSpan.Zero), action.ChargeAction.CompletedAt);
            Assert.Equal(new[] { "state" }, action.UpdatedFields);
        }

        [Fact]
        public void Inverter_statistics_read_as_the_rows_Get_EnodeInverterStatistics_writes()
        {
            var read = (InverterStatisticsUpdated)WebhookPayloadReader.Read(
                "[{\"event\":\"user:inverter:statistics-updated\",\"createdAt\":\"2024-10-01T08:00:00Z\",\"version\":\"2024-10-01\",\"user\":{\"id\":\"u1\"},"
                + "\"statistics\":{\"inverterId\":\"i1\",\"timezone\":\"Europe/Oslo\",\"year\":2024,\"month\":9,\"day\":30,"
                + "\"resolutions\":{\"QUARTER_HOUR\":{\"unit\":\"kWh\",\"data\":[{\"date\":\"2024-09-30T12:00:00+02:00\",\"value\":0.25},"
                + "{\"date\":\"2024-09-30T12:15:00+02:00\",\"value\":null}]}}}}]").Single();

            Assert.Equal("i1", read.Statistics.InverterId);
            Assert.Equal(30, read.Statistics.Day);
            Assert.Equal(2, read.Samples.Count);
            Assert.Equal("QUARTER_HOUR", read.Samples[0].Resolution);
            Assert.Equal(0.25, read.Samples[0].Value);
            Assert.Equal(TimeSpan.FromHours(2), read.Samples[0].Date.Offset);
            Assert.Null(read.Samples[1].Value);
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
