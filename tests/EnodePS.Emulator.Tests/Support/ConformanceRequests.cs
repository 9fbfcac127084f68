using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using EnodePS.Emulator.State;
using Record = EnodePS.Emulator.State.Record;
using EnodePS.Tests.Shared;

namespace EnodePS.Emulator.Tests.Support
{
    /// <summary>
    /// Builds, for any documented operation, a request the reference says must succeed: path parameters filled with
    /// ids of seeded records (chosen so that they belong together), the required query parameters, a valid body, and
    /// whatever has to exist first (an action to cancel, a tariff to link). Written once from the reference, so that
    /// each area's routes are checked as soon as they are registered.
    /// </summary>
    public static class ConformanceRequests
    {
        /// <summary>A request ready to send; <see cref="Skip"/> says why none could be built.</summary>
        public sealed class Prepared
        {
            public string Path = "";
            public string Query = "";
            public string? Body;
            public string? Skip;
            public Dictionary<string, string> Values = new Dictionary<string, string>(StringComparer.Ordinal);

            /// <summary>The same request with its last path parameter replaced by an id nothing has.</summary>
            public string PathWithUnknownLastId(SpecOperation operation) =>
                Fill(operation.Path, new Dictionary<string, string>(Values) { [operation.PathParameters.Last().Name] = UnknownId });
        }

        public const string UnknownId = "00000000-0000-4000-8000-00000000dead";
        private const string ChosenTariffId = "conformance-tariff";

        /// <summary>Operations that succeed only after something else: each step's response id can fill a path parameter.</summary>
        private static readonly Dictionary<string, (string Operation, string? CaptureId)[]> Prerequisites =
            new Dictionary<string, (string, string?)[]>(StringComparer.Ordinal)
            {
                // ending an override needs an active one
                ["DELETE /vehicles/{vehicleId}/smart-override"] = new[] { ("POST /vehicles/{vehicleId}/smart-override", (string?)null) },
                // a tariff is linked to a location by id, and read back once linked
                ["PUT /locations/{locationId}/tariff"] = new[] { ("PUT /tariffs/{tariffId}", (string?)null) },
                ["GET /locations/{locationId}/tariff"] = new[] { ("PUT /tariffs/{tariffId}", (string?)null), ("PUT /locations/{locationId}/tariff", null) },
                ["GET /tariffs/{tariffId}"] = new[] { ("PUT /tariffs/{tariffId}", (string?)null) },
                // an action is read or cancelled after a control request created it (still PENDING when cancelled)
                ["GET /vehicles/actions/{actionId}"] = new[] { ("POST /vehicles/{vehicleId}/charging", (string?)"actionId") },
                ["POST /vehicles/actions/{actionId}/cancel"] = new[] { ("POST /vehicles/{vehicleId}/charging", (string?)"actionId") },
                ["GET /chargers/actions/{actionId}"] = new[] { ("POST /chargers/{chargerId}/charging", (string?)"actionId") },
                ["POST /chargers/actions/{actionId}/cancel"] = new[] { ("POST /chargers/{chargerId}/charging", (string?)"actionId") },
                ["GET /hvacs/actions/{actionId}"] = new[] { ("POST /hvacs/{hvacId}/permanent-hold", (string?)"actionId") },
                ["POST /hvacs/actions/{actionId}/cancel"] = new[] { ("POST /hvacs/{hvacId}/permanent-hold", (string?)"actionId") },
                ["GET /batteries/actions/{actionId}"] = new[] { ("POST /batteries/{batteryId}/operation-mode", (string?)"actionId") },
                ["POST /batteries/actions/{actionId}/cancel"] = new[] { ("POST /batteries/{batteryId}/operation-mode", (string?)"actionId") },
            };

        /// <summary>State an operation needs that no API call can bring about (in the real service the vendor does).</summary>
        private static readonly Dictionary<string, Action<EmulatorState, IReadOnlyDictionary<string, string>>> StateSetups =
            new Dictionary<string, Action<EmulatorState, IReadOnlyDictionary<string, string>>>(StringComparer.Ordinal)
            {
                // relinking is for assets whose vendor credentials have become invalid
                ["POST /assets/{assetId}/relink"] = (state, values) =>
                {
                    var asset = DeviceFactories.VendorTypes.Select(t => DeviceFactories.TableFor(state, t).Find(values["assetId"])).First(r => r != null)!;
                    var vendor = (string?)asset.Body["vendor"];
                    var user = asset.UserId == null ? null : state.Users.Find(asset.UserId);
                    if (user == null) return;
                    foreach (var linked in LinkedVendors(user).Where(l => (string?)l["vendor"] == vendor)) linked["isValid"] = false;
                },
            };

        /// <summary>How to make a record when the seed has none of the kind a path parameter needs.</summary>
        private static readonly Dictionary<string, string> Creators = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["webhookId"] = "POST /webhooks",
            ["locationId"] = "POST /users/{userId}/locations",
            ["scheduleId"] = "POST /users/{userId}/schedules",
        };

        /// <summary>Valid bodies, written from the reference's request fields.</summary>
        private static readonly Dictionary<string, Func<EmulatorState, IReadOnlyDictionary<string, string>, JsonNode>> Bodies =
            new Dictionary<string, Func<EmulatorState, IReadOnlyDictionary<string, string>, JsonNode>>(StringComparer.Ordinal)
            {
                ["POST /batteries/{batteryId}/operation-mode"] = (s, v) => new JsonObject { ["operationMode"] = "IMPORT_FOCUS" },
                ["PUT /chargers/{chargerId}"] = (s, v) => new JsonObject { ["locationId"] = null },
                ["POST /chargers/{chargerId}/charging"] = (s, v) => new JsonObject { ["action"] = "START" },
                ["POST /chargers/{chargerId}/max-current"] = (s, v) => new JsonObject { ["maxCurrent"] = 16 },
                ["POST /chargers/{chargerId}/charge-rate-limit"] = (s, v) => new JsonObject { ["chargeRateLimit"] = 7 },
                ["PUT /hvacs/{hvacId}"] = (s, v) => new JsonObject { ["locationId"] = null },
                ["POST /hvacs/{hvacId}/permanent-hold"] = (s, v) => new JsonObject { ["coolSetpoint"] = 22, ["mode"] = "COOL" },
                ["POST /users/{userId}/locations"] = (s, v) => new JsonObject
                {
                    ["name"] = "Home", ["latitude"] = 59.9139, ["longitude"] = 10.7522, ["timezoneName"] = "Europe/Oslo",
                },
                ["PUT /locations/{locationId}"] = (s, v) => new JsonObject { ["name"] = "Cabin" },
                ["POST /users/{userId}/schedules"] = (s, v) => new JsonObject
                {
                    ["targetId"] = VehicleOf(s, v["userId"]),
                    ["locationId"] = null,
                    ["targetType"] = "vehicle",
                    ["isEnabled"] = true,
                    ["defaultShouldCharge"] = false,
                    ["rules"] = new JsonArray(new JsonObject
                    {
                        ["hourMinute"] = new JsonObject { ["from"] = "01:00", ["to"] = "06:00" },
                        ["shouldCharge"] = true,
                    }),
                },
                ["PUT /schedules/{scheduleId}"] = (s, v) => new JsonObject { ["isEnabled"] = false },
                ["PUT /tariffs/{tariffId}"] = (s, v) => new JsonArray(
                    new JsonObject { ["name"] = "PEAK", ["cost"] = "2.50" },
                    new JsonObject { ["name"] = "OFFPEAK", ["cost"] = "1.10" }),
                ["PUT /locations/{locationId}/tariff"] = (s, v) => new JsonObject
                {
                    ["tariffId"] = v["tariffId"],
                    ["tariffIntervals"] = new JsonArray(
                        new JsonObject { ["name"] = "OFFPEAK", ["from"] = "00:00", ["to"] = "06:00" },
                        new JsonObject { ["name"] = "PEAK", ["from"] = "06:00", ["to"] = "22:00" },
                        new JsonObject { ["name"] = "OFFPEAK", ["from"] = "22:00", ["to"] = "23:59" }),
                },
                ["POST /users/{userId}/link"] = (s, v) => new JsonObject
                {
                    ["vendorType"] = "vehicle",
                    ["scopes"] = new JsonArray("vehicle:read:data", "vehicle:read:location", "vehicle:control:charging"),
                    ["language"] = "en-US",
                    ["redirectUri"] = "https://example.com/enode/linked",
                },
                ["POST /assets/{assetId}/relink"] = (s, v) => new JsonObject
                {
                    ["language"] = "en-US",
                    ["redirectUri"] = "https://example.com/enode/relinked",
                },
                ["POST /vehicles/{vehicleId}/charging"] = (s, v) => new JsonObject { ["action"] = "START" },
                ["POST /vehicles/{vehicleId}/max-current"] = (s, v) => new JsonObject { ["maxCurrent"] = 16 },
                ["PUT /vehicles/{vehicleId}/smart-charging-policy"] = (s, v) => new JsonObject
                {
                    ["isEnabled"] = true, ["deadline"] = "07:00", ["minimumChargeLimit"] = 20,
                },
                ["POST /webhooks"] = (s, v) => new JsonObject
                {
                    ["url"] = "https://example.com/enode/webhooks",
                    ["secret"] = "conformance-webhook-secret-0123456789",
                    ["events"] = new JsonArray("*"),
                },
                ["PATCH /webhooks/{webhookId}"] = (s, v) => new JsonObject { ["events"] = new JsonArray("user:vehicle:updated") },
            };

        /// <summary>The required query parameters, with values relative to the emulator's clock.</summary>
        private static readonly Dictionary<string, Func<DateTimeOffset, string>> Queries =
            new Dictionary<string, Func<DateTimeOffset, string>>(StringComparer.Ordinal)
            {
                ["GET /hem-systems/{hemSystemId}/statistics"] = now => "?interval=" + now.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["GET /inverters/{inverterId}/statistics"] = now =>
                {
                    var lastMonth = now.AddMonths(-1);
                    return $"?year={lastMonth.Year.ToString(CultureInfo.InvariantCulture)}&month={lastMonth.Month.ToString(CultureInfo.InvariantCulture)}";
                },
                ["GET /users/{userId}/statistics/charging"] = now => "?type=vehicle&startDate=" + Uri.EscapeDataString(VehicleFactory.Iso(now.AddDays(-7))),
                ["GET /users/{userId}/statistics/charging/sessions"] = now => "?type=vehicle&startDate=" + Uri.EscapeDataString(VehicleFactory.Iso(now.AddDays(-7))),
            };

        public static async Task<Prepared> PrepareAsync(SpecOperation operation, EnodeEmulator emulator, RawHttp http)
        {
            var prepared = new Prepared();
            var routed = new HashSet<string>(emulator.Operations, StringComparer.Ordinal);
            var steps = Prerequisites.TryGetValue(operation.Operation, out var before) ? before : Array.Empty<(string Operation, string? CaptureId)>();
            foreach (var (step, _) in steps)
                if (!routed.Contains(step)) return Skipped(prepared, $"it needs {step} first, which the emulator does not route yet");

            var captured = new HashSet<string>(steps.Where(s => s.CaptureId != null).Select(s => s.CaptureId!));
            var templates = steps.Select(s => Template(s.Operation)).Concat(new[] { operation.Path });
            var needed = templates.SelectMany(ParameterNames).Where(n => !captured.Contains(n)).Distinct().ToList();
            var missing = Resolve(emulator.State, needed, prepared.Values);
            foreach (var name in missing)
            {
                if (!Creators.TryGetValue(name, out var creator)) return Skipped(prepared, $"no seeded record can fill {{{name}}}");
                if (!routed.Contains(creator)) return Skipped(prepared, $"no seeded record can fill {{{name}}} and {creator} is not routed yet");
                var creatorMissing = Resolve(emulator.State, ParameterNames(Template(creator)).ToList(), prepared.Values);
                if (creatorMissing.Count > 0) return Skipped(prepared, $"no seeded record can fill {{{creatorMissing[0]}}}");
                prepared.Values[name] = await SendStepAsync(emulator, http, creator, prepared.Values, capture: true);
            }

            if (steps.Select(s => s.Operation).Concat(new[] { operation.Operation }).Any(ControllableDevice.IsControlOperation))
                lock (emulator.State.Gate) ControllableDevice.Prepare(emulator.State, prepared.Values);

            foreach (var (step, capture) in steps)
            {
                var id = await SendStepAsync(emulator, http, step, prepared.Values, capture != null);
                if (capture != null) prepared.Values[capture] = id;
            }

            if (StateSetups.TryGetValue(operation.Operation, out var setup))
                lock (emulator.State.Gate) setup(emulator.State, prepared.Values);

            if (operation.RequestBodyShape != null)
            {
                if (!Bodies.TryGetValue(operation.Operation, out var body)) return Skipped(prepared, "the harness has no sample body for it");
                prepared.Body = Body(body, emulator.State, prepared.Values);
            }
            if (operation.QueryParameters.Any(p => p.Required))
            {
                if (!Queries.TryGetValue(operation.Operation, out var query)) return Skipped(prepared, "the harness has no sample for its required query parameters");
                prepared.Query = query(emulator.State.Clock.UtcNow);
            }
            prepared.Path = Fill(operation.Path, prepared.Values);
            return prepared;
        }

        private static Prepared Skipped(Prepared prepared, string reason)
        {
            prepared.Skip = reason;
            return prepared;
        }

        /// <summary>Sends a prerequisite; it must succeed. Returns the id of what it created ("" when not asked for).</summary>
        private static async Task<string> SendStepAsync(EnodeEmulator emulator, RawHttp http, string operation, Dictionary<string, string> values, bool capture)
        {
            var space = operation.IndexOf(' ');
            var body = Bodies.TryGetValue(operation, out var make) ? Body(make, emulator.State, values) : null;
            var (status, answer, _) = await http.SendAsync(new HttpMethod(operation.Substring(0, space)), Fill(Template(operation), values), body);
            if (status < 200 || status > 299)
                throw new InvalidOperationException($"The prerequisite {operation} answered {status}: {answer?.ToJsonString()}");
            if (!capture) return "";
            return answer?["id"]?.GetValue<string>()
                   ?? throw new InvalidOperationException($"The prerequisite {operation} answered no id: {answer?.ToJsonString()}");
        }

        private static string Body(Func<EmulatorState, IReadOnlyDictionary<string, string>, JsonNode> make, EmulatorState state, IReadOnlyDictionary<string, string> values)
        {
            lock (state.Gate) return make(state, values).ToJsonString();
        }

        /// <summary>
        /// Fills path parameters from seeded records, from the most specific (last) to the least, so that a parent
        /// id comes from the child record ("userId" of the chosen vehicle). Returns the names it could not fill.
        /// </summary>
        private static List<string> Resolve(EmulatorState state, IReadOnlyList<string> names, Dictionary<string, string> values)
        {
            var missing = new List<string>();
            var chosen = new List<Record>();
            lock (state.Gate)
            {
                foreach (var name in names.Reverse())
                {
                    if (values.ContainsKey(name) || name == "vendor" || name == "vendorType") continue;
                    var fromChild = chosen.Select(r => r.Body[name]).OfType<JsonValue>()
                        .Select(v => v.TryGetValue<string>(out var s) ? s : null).FirstOrDefault(s => s != null);
                    if (fromChild != null)
                    {
                        values[name] = fromChild;
                        continue;
                    }
                    var record = TablesFor(state, name).SelectMany(t => t.All)
                        .Where(r => name != "userId" || !names.Contains("vendor") || LinkedVendors(r).Count > 0)
                        .OrderByDescending(r => Preference(state, r)).FirstOrDefault();
                    if (record != null)
                    {
                        values[name] = record.Id;
                        chosen.Add(record);
                    }
                    else if (name == "tariffId") values[name] = ChosenTariffId; // the client names its tariffs
                    else missing.Add(name);
                }

                if (names.Contains("vendor") && values.TryGetValue("userId", out var userId))
                {
                    var linked = state.Users.Find(userId) is Record user ? LinkedVendors(user) : new List<JsonObject>();
                    if (linked.Count == 0) missing.Add("vendor");
                    else
                    {
                        values["vendor"] = (string)linked[0]["vendor"]!;
                        values["vendorType"] = (string)linked[0]["vendorType"]!;
                    }
                }
            }
            return missing;
        }

        /// <summary>The table a path parameter names: "vehicleId" → Vehicles, "batteryId" → Batteries; "assetId" → any device table.</summary>
        private static IEnumerable<RecordTable> TablesFor(EmulatorState state, string parameter)
        {
            if (parameter == "assetId")
                return DeviceFactories.VendorTypes.Select(t => DeviceFactories.TableFor(state, t));
            if (!parameter.EndsWith("Id", StringComparison.Ordinal)) return Enumerable.Empty<RecordTable>();
            var noun = parameter.Substring(0, parameter.Length - 2);
            var plural = noun.EndsWith("y", StringComparison.Ordinal) ? noun.Substring(0, noun.Length - 1) + "ies" : noun + "s";
            var property = typeof(EmulatorState).GetProperty(plural, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            return property?.PropertyType == typeof(RecordTable) ? new[] { (RecordTable)property.GetValue(state)! } : Enumerable.Empty<RecordTable>();
        }

        /// <summary>Prefers records a control request can act on: reachable, plugged in, and users who own a vehicle.</summary>
        private static int Preference(EmulatorState state, Record record)
        {
            var score = 0;
            if (record.Body["isReachable"] is JsonValue reachable && reachable.TryGetValue<bool>(out var r) && r) score += 4;
            if (record.Body["chargeState"]?["isPluggedIn"] is JsonValue plugged && plugged.TryGetValue<bool>(out var p) && p) score += 2;
            if (state.Users.Find(record.Id) != null && state.Vehicles.All.Any(v => v.UserId == record.Id)) score += 1;
            return score;
        }

        private static List<JsonObject> LinkedVendors(Record user) =>
            (user.Body["linkedVendors"] as JsonArray)?.OfType<JsonObject>().ToList() ?? new List<JsonObject>();

        private static string? VehicleOf(EmulatorState state, string userId) =>
            state.Vehicles.All.FirstOrDefault(v => v.UserId == userId)?.Id;

        private static string Template(string operation) => operation.Substring(operation.IndexOf(' ') + 1);

        private static IEnumerable<string> ParameterNames(string template) =>
            template.Split('/').Where(s => s.StartsWith("{", StringComparison.Ordinal)).Select(s => s.Substring(1, s.Length - 2));

        public static string Fill(string template, IReadOnlyDictionary<string, string> values) =>
            string.Join("/", template.Split('/').Select(s =>
                s.StartsWith("{", StringComparison.Ordinal) ? Uri.EscapeDataString(values[s.Substring(1, s.Length - 2)]) : s));
    }
}
