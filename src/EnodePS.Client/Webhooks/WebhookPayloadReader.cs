using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using EnodePS.Client.Json;
using EnodePS.Client.Models.Events;

namespace EnodePS.Client.Webhooks
{
    /// <summary>
    /// Turns a webhook delivery body (a JSON array of events, or one event) into typed events. Events without a class
    /// here become <see cref="UnknownEvent"/> with all their fields, so that a newer API does not break a receiver.
    /// </summary>
    public static class WebhookPayloadReader
    {
        private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        private static readonly Dictionary<string, JsonTypeInfo> Documented = new Dictionary<string, JsonTypeInfo>(StringComparer.Ordinal)
        {
            ["user:vehicle:discovered"] = EventsJsonContext.Default.VehicleDiscovered,
            ["user:vehicle:updated"] = EventsJsonContext.Default.VehicleUpdated,
            ["user:vehicle:deleted"] = EventsJsonContext.Default.VehicleDeleted,
            ["user:vehicle:smart-charging-status-updated"] = EventsJsonContext.Default.VehicleSmartChargingStatusUpdated,
            ["user:charger:discovered"] = EventsJsonContext.Default.ChargerDiscovered,
            ["user:charger:updated"] = EventsJsonContext.Default.ChargerUpdated,
            ["user:charger:deleted"] = EventsJsonContext.Default.ChargerDeleted,
            ["user:hvac:discovered"] = EventsJsonContext.Default.HvacDiscovered,
            ["user:hvac:updated"] = EventsJsonContext.Default.HvacUpdated,
            ["user:hvac:deleted"] = EventsJsonContext.Default.HvacDeleted,
            ["user:inverter:discovered"] = EventsJsonContext.Default.InverterDiscovered,
            ["user:inverter:updated"] = EventsJsonContext.Default.InverterUpdated,
            ["user:inverter:deleted"] = EventsJsonContext.Default.InverterDeleted,
            ["user:inverter:statistics-updated"] = EventsJsonContext.Default.InverterStatisticsUpdated,
            ["user:battery:discovered"] = EventsJsonContext.Default.BatteryDiscovered,
            ["user:battery:updated"] = EventsJsonContext.Default.BatteryUpdated,
            ["user:battery:deleted"] = EventsJsonContext.Default.BatteryDeleted,
            ["user:meter:discovered"] = EventsJsonContext.Default.MeterDiscovered,
            ["user:meter:updated"] = EventsJsonContext.Default.MeterUpdated,
            ["user:meter:deleted"] = EventsJsonContext.Default.MeterDeleted,
            ["user:hem-system:discovered"] = EventsJsonContext.Default.HemSystemDiscovered,
            ["user:hem-system:updated"] = EventsJsonContext.Default.HemSystemUpdated,
            ["user:hem-system:deleted"] = EventsJsonContext.Default.HemSystemDeleted,
            ["user:credentials:invalidated"] = EventsJsonContext.Default.CredentialsInvalidated,
            ["user:vendor-action:updated"] = EventsJsonContext.Default.VendorActionUpdated,
            ["user:charge-action:updated"] = EventsJsonContext.Default.ChargeActionUpdated,
            ["user:schedule:execution-updated"] = EventsJsonContext.Default.ScheduleExecutionUpdated,
            ["system:heartbeat"] = EventsJsonContext.Default.SystemHeartbeat,
            ["enode:webhook:test"] = EventsJsonContext.Default.WebhookTestEvent,
        };

        /// <summary>The event names that have their own class.</summary>
        public static IEnumerable<string> TypedEventNames => Documented.Keys;

        /// <summary>The class an event name is read into, or null when it is read as an <see cref="UnknownEvent"/>.</summary>
        public static Type? TypeFor(string eventName) => Documented.TryGetValue(eventName, out var info) ? info.Type : null;

        public static IReadOnlyList<WebhookEvent> Read(string body) => Read(Encoding.UTF8.GetBytes(body ?? ""));

        /// <summary>Reads every event of the body. A body that is not JSON, or holds something other than events, is a FormatException.</summary>
        public static IReadOnlyList<WebhookEvent> Read(byte[] body)
        {
            // JSON readers accept invalid UTF-8 inside strings and fail only when the string is read, deep in a model:
            // check the encoding once, up front, so that every bad body fails the same clear way.
            try
            {
                StrictUtf8.GetCharCount(body);
            }
            catch (DecoderFallbackException ex)
            {
                throw new FormatException("The webhook body is not valid UTF-8 text: " + ex.Message, ex);
            }

            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(body);
            }
            catch (JsonException ex)
            {
                throw new FormatException("The webhook body is not JSON: " + ex.Message, ex);
            }

            using (document)
            {
                var root = document.RootElement;
                var events = new List<WebhookEvent>();
                if (root.ValueKind == JsonValueKind.Object)
                {
                    events.Add(ReadOne(root, 0));
                }
                else if (root.ValueKind == JsonValueKind.Array)
                {
                    var index = 0;
                    foreach (var item in root.EnumerateArray()) events.Add(ReadOne(item, index++));
                }
                else
                {
                    throw new FormatException($"A webhook body is a JSON array of events; this one is a {root.ValueKind}.");
                }
                return events;
            }
        }

        private static WebhookEvent ReadOne(JsonElement item, int index)
        {
            if (item.ValueKind != JsonValueKind.Object)
                throw new FormatException($"Event {index} of the webhook body is a {item.ValueKind}, not an object.");
            if (!item.TryGetProperty("event", out var nameElement) || nameElement.ValueKind != JsonValueKind.String)
                throw new FormatException($"Event {index} of the webhook body has no \"event\" name.");

            var name = nameElement.GetString()!;
            string? problem = null;
            if (Documented.TryGetValue(name, out var typeInfo))
            {
                try
                {
                    if (JsonSerializer.Deserialize(item, typeInfo) is WebhookEvent typed) return typed;
                }
                catch (JsonException ex)
                {
                    problem = ex.Message;
                }
            }
            return Generic(item, name, problem);
        }

        private static UnknownEvent Generic(JsonElement item, string name, string? problem)
        {
            var fields = (JsonRecord)JsonTree.ToPlain(item)!;
            var unknown = new UnknownEvent { Event = name, Fields = fields, ReadProblem = problem };
            if (fields.TryGetValue("version", out var version) && version is string v) unknown.Version = v;
            if (fields.TryGetValue("createdAt", out var created) && created is string c
                && DateTimeOffset.TryParse(c, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind, out var at))
                unknown.CreatedAt = at;
            return unknown;
        }
    }
}
