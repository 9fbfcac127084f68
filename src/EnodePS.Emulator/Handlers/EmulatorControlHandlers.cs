using System;
using System.Linq;
using System.Reflection;
using System.Text.Json.Nodes;
using EnodePS.Emulator.Routing;
using EnodePS.Emulator.State;
using EnodePS.Emulator.Time;

namespace EnodePS.Emulator.Handlers
{
    /// <summary>
    /// The emulator's own routes under /_emulator: not part of the Enode API, need no bearer token, and are never
    /// slowed or failed by fault injection. They let tools in any language inspect and steer a running emulator.
    /// The client secret is never among their answers.
    /// </summary>
    public static class EmulatorControlHandlers
    {
        /// <summary>The Enode API version whose reference the emulator follows.</summary>
        public const string ApiVersion = "2024-10-01";

        private const string Prefix = EnodeEmulator.EmulatorRoutePrefix;

        public static void Register(Router router, EnodeEmulator emulator)
        {
            router.Map("GET", Prefix + "/info", _ => EmulatorResponse.Json(200, Info(emulator)));
            router.Map("GET", Prefix + "/operations", _ => EmulatorResponse.Json(200, Operations(emulator)));

            router.Map("GET", Prefix + "/faults", _ => EmulatorResponse.Json(200, FaultArming.Describe(emulator.Faults)));
            router.Map("POST", Prefix + "/faults", c =>
            {
                if (!c.TryReadJsonObject(out var body, out var problem)) return problem!;
                var operations = emulator.Operations.Where(o => !IsControlOperation(o)).ToList();
                return FaultArming.Arm(emulator.Faults, body, operations)
                       ?? EmulatorResponse.Json(200, FaultArming.Describe(emulator.Faults));
            });
            router.Map("DELETE", Prefix + "/faults", _ =>
            {
                emulator.Faults.Clear();
                return EmulatorResponse.NoContent();
            });

            router.Map("GET", Prefix + "/clock", c => EmulatorResponse.Json(200, Clock(c.State)));
            router.Map("POST", Prefix + "/clock/advance", c => Advance(c));

            router.Map("POST", Prefix + "/tokens/expire", _ =>
            {
                emulator.Tokens.ExpireAll();
                return EmulatorResponse.NoContent();
            });
        }

        private static bool IsControlOperation(string operation) =>
            EnodeEmulator.IsControlPath(operation.Substring(operation.IndexOf(' ') + 1));

        private static JsonObject Info(EnodeEmulator emulator)
        {
            var assembly = typeof(EnodeEmulator).Assembly;
            var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
                          ?? assembly.GetName().Version?.ToString();
            var options = emulator.Options;
            return new JsonObject
            {
                ["name"] = "EnodePS emulator",
                ["version"] = version,
                ["apiVersion"] = ApiVersion,
                ["clientId"] = options.ClientId,
                ["seed"] = options.Seed,
                ["tokenLifetimeSeconds"] = (long)options.TokenLifetime.TotalSeconds,
                ["actionDelaySeconds"] = options.ActionDelay.TotalSeconds,
                ["actionTimeoutSeconds"] = options.ActionTimeout.TotalSeconds,
                ["clock"] = Clock(emulator.State),
                ["counts"] = Counts(emulator.State),
                ["requestCount"] = emulator.RequestCount,
            };
        }

        /// <summary>Records per table, named after the state's tables ("vehicles", "hemSystems", ...).</summary>
        private static JsonObject Counts(EmulatorState state)
        {
            var counts = new JsonObject();
            var tables = typeof(EmulatorState).GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.PropertyType == typeof(RecordTable))
                .OrderBy(p => p.Name, StringComparer.Ordinal);
            lock (state.Gate)
            {
                foreach (var table in tables)
                    counts[char.ToLowerInvariant(table.Name[0]) + table.Name.Substring(1)] = ((RecordTable)table.GetValue(state)!).Count;
            }
            return counts;
        }

        private static JsonObject Operations(EnodeEmulator emulator)
        {
            var served = emulator.ServedOperations;
            var list = new JsonArray();
            foreach (var operation in emulator.Operations.Distinct().OrderBy(o => o.Substring(o.IndexOf(' ') + 1), StringComparer.Ordinal).ThenBy(o => o, StringComparer.Ordinal))
                list.Add(new JsonObject
                {
                    ["operation"] = operation,
                    ["emulatorOnly"] = IsControlOperation(operation) || operation == "POST " + TokenHandlers.TokenPath,
                    ["served"] = served.TryGetValue(operation, out var n) ? n : 0,
                });
            return new JsonObject { ["requestCount"] = emulator.RequestCount, ["operations"] = list };
        }

        private static JsonObject Clock(EmulatorState state) => new JsonObject
        {
            ["now"] = VehicleFactory.Iso(state.Clock.UtcNow),
            ["manual"] = state.Clock is ManualEmulatorClock,
            ["pendingWork"] = state.Scheduler.PendingCount,
        };

        private static EmulatorResponse Advance(RouteContext context)
        {
            if (!(context.State.Clock is ManualEmulatorClock manual))
                return Problems.Create(409, "conflict", "Conflict",
                    "The emulator runs on the system clock; start it with a manual clock (Start-EnodeEmulator -ManualClock, or the host's --manual-clock) to move time.");
            if (!context.TryReadJsonObject(out var body, out var problem)) return problem!;
            if (!(body["seconds"] is JsonValue value) || !value.TryGetValue(out double seconds) || double.IsNaN(seconds) || seconds < 0 || seconds > 10 * 365 * 86400.0)
                return Problems.Invalid("seconds", "is required and must be a number of seconds from 0 to ten years");
            manual.Advance(TimeSpan.FromSeconds(seconds)); // runs the work that fell due before answering
            return EmulatorResponse.Json(200, Clock(context.State));
        }
    }
}
