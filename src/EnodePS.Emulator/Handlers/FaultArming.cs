using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using EnodePS.Emulator.Faults;
using EnodePS.Emulator.Routing;

namespace EnodePS.Emulator.Handlers
{
    /// <summary>
    /// Reads a fault to arm from JSON (POST /_emulator/faults), so that tools outside .NET can drive the
    /// <see cref="FaultInjector"/>. Bad input is a 400 naming the field and what it accepts.
    /// </summary>
    public static class FaultArming
    {
        public static readonly string[] Modes = { "next", "every", "random", "outage", "rateLimit", "latency" };

        public static EmulatorResponse? Arm(FaultInjector faults, JsonObject body, ICollection<string> operations)
        {
            var mode = Text(body, "mode");
            if (mode == null || !Modes.Contains(mode, StringComparer.OrdinalIgnoreCase))
                return Problems.Invalid("mode", "must be one of: " + string.Join(", ", Modes));

            var operation = Text(body, "operation");
            if (operation != null && !operations.Contains(operation, StringComparer.OrdinalIgnoreCase))
                return Problems.Invalid("operation", $"must be a routed operation (\"METHOD /template\", see GET {EnodeEmulator.EmulatorRoutePrefix}/operations) or absent for every request");
            if (operation != null) operation = operations.First(o => string.Equals(o, operation, StringComparison.OrdinalIgnoreCase));

            EmulatorResponse? problem;
            switch (mode.ToLowerInvariant())
            {
                case "next":
                    if (!TryKind(body, out var nextKind, out problem) || !TryInt(body, "count", 1, 1, int.MaxValue, out var count, out problem)
                        || !TryInt(body, "retryAfterSeconds", 1, 0, 86400, out var nextRetry, out problem)) return problem;
                    faults.FailNext(nextKind, count, nextRetry, operation);
                    return null;
                case "every":
                    if (!TryKind(body, out var everyKind, out problem) || !TryInt(body, "every", null, 1, int.MaxValue, out var every, out problem)
                        || !TryInt(body, "retryAfterSeconds", 1, 0, 86400, out var everyRetry, out problem)) return problem;
                    faults.FailEvery(everyKind, every, operation, everyRetry);
                    return null;
                case "random":
                    if (!TryKind(body, out var randomKind, out problem) || !TryNumber(body, "fraction", out var fraction, out problem)
                        || !TryInt(body, "seed", null, int.MinValue, int.MaxValue, out var seed, out problem)
                        || !TryInt(body, "retryAfterSeconds", 1, 0, 86400, out var randomRetry, out problem)) return problem;
                    if (!(fraction > 0 && fraction <= 1)) return Problems.Invalid("fraction", "must be more than 0 and at most 1");
                    faults.FailRandomly(randomKind, fraction, seed, operation, randomRetry);
                    return null;
                case "outage":
                    if (!TryNumber(body, "seconds", out var seconds, out problem)) return problem;
                    if (!(seconds > 0)) return Problems.Invalid("seconds", "must be more than 0");
                    faults.Outage(TimeSpan.FromSeconds(seconds), operation);
                    return null;
                case "ratelimit":
                    if (!TryInt(body, "limit", null, 1, int.MaxValue, out var limit, out problem)
                        || !TryNumber(body, "windowSeconds", out var window, out problem)) return problem;
                    if (!(window > 0)) return Problems.Invalid("windowSeconds", "must be more than 0");
                    faults.RateLimit(limit, TimeSpan.FromSeconds(window), operation);
                    return null;
                default: // latency
                    if (!TryInt(body, "milliseconds", null, 0, 600000, out var milliseconds, out problem)) return problem;
                    if (operation == null) faults.Latency = TimeSpan.FromMilliseconds(milliseconds);
                    else faults.SetLatency(operation, TimeSpan.FromMilliseconds(milliseconds));
                    return null;
            }
        }

        /// <summary>What is armed, as GET /_emulator/faults shows it.</summary>
        public static JsonObject Describe(FaultInjector faults)
        {
            var rules = new JsonArray();
            foreach (var rule in faults.Armed)
                rules.Add(new JsonObject { ["mode"] = rule.Mode, ["operation"] = rule.Operation, ["description"] = rule.Description });
            var routeLatency = new JsonObject();
            foreach (var pair in faults.RouteLatencies.OrderBy(p => p.Key, StringComparer.Ordinal))
                routeLatency[pair.Key] = (long)pair.Value.TotalMilliseconds;
            return new JsonObject
            {
                ["latencyMilliseconds"] = (long)faults.Latency.TotalMilliseconds,
                ["routeLatencyMilliseconds"] = routeLatency,
                ["pending"] = faults.Pending,
                ["rules"] = rules,
            };
        }

        private static readonly string[] KindNames = Enum.GetNames(typeof(FaultKind))
            .Select(n => char.ToLowerInvariant(n[0]) + n.Substring(1)).ToArray();

        private static bool TryKind(JsonObject body, out FaultKind kind, out EmulatorResponse? problem)
        {
            kind = default;
            problem = null;
            var text = Text(body, "kind");
            if (text != null && text.All(char.IsLetter) && Enum.TryParse(text, ignoreCase: true, out kind)) return true;
            problem = Problems.Invalid("kind", "must be one of: " + string.Join(", ", KindNames));
            return false;
        }

        private static string? Text(JsonObject body, string name) =>
            body[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

        private static bool TryNumber(JsonObject body, string name, out double number, out EmulatorResponse? problem)
        {
            number = 0;
            problem = null;
            if (body[name] is JsonValue value && value.TryGetValue(out number) && !double.IsNaN(number) && !double.IsInfinity(number))
                return true;
            problem = Problems.Invalid(name, "is required and must be a number");
            return false;
        }

        private static bool TryInt(JsonObject body, string name, int? fallback, int min, int max, out int result, out EmulatorResponse? problem)
        {
            problem = null;
            result = fallback ?? 0;
            var node = body[name];
            if (node == null && fallback != null) return true;
            if (node is JsonValue value && value.TryGetValue(out double number) && number == Math.Floor(number) && number >= min && number <= max)
            {
                result = (int)number;
                return true;
            }
            problem = Problems.Invalid(name, (fallback == null ? "is required and " : "") +
                $"must be a whole number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}");
            return false;
        }
    }
}
