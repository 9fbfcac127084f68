using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using EnodePS.Emulator.State;

namespace EnodePS.Emulator.Routing
{
    /// <summary>What a handler gets: the request, the values of the route's parameters, and the emulator's state.</summary>
    public sealed class RouteContext
    {
        internal RouteContext(EmulatorRequest request, IReadOnlyDictionary<string, string> routeValues,
            EmulatorState state, CancellationToken cancellation)
        {
            Request = request;
            RouteValues = routeValues;
            State = state;
            Cancellation = cancellation;
        }

        public EmulatorRequest Request { get; }
        public IReadOnlyDictionary<string, string> RouteValues { get; }
        public EmulatorState State { get; }
        public CancellationToken Cancellation { get; }

        public string Route(string name) => RouteValues[name];

        public string? Query(string name) => Request.Query.TryGetValue(name, out var v) ? v : null;

        /// <summary>Reads an optional integer query parameter; a value that is not an integer in range is a 400.</summary>
        public bool TryQueryInt(string name, int min, int max, out int? value, out EmulatorResponse? problem)
        {
            value = null;
            problem = null;
            var raw = Query(name);
            if (raw == null) return true;
            if (int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) && parsed >= min && parsed <= max)
            {
                value = parsed;
                return true;
            }
            problem = Problems.Invalid(name, $"must be an integer from {min} to {max}");
            return false;
        }

        /// <summary>Parses the body as a JSON object; anything else is a 400.</summary>
        public bool TryReadJsonObject(out JsonObject body, out EmulatorResponse? problem)
        {
            body = new JsonObject();
            problem = null;
            try
            {
                if (Request.Body.Length > 0 && JsonNode.Parse(Request.Body) is JsonObject obj)
                {
                    body = obj;
                    return true;
                }
            }
            catch (JsonException) { }
            problem = Problems.BadRequest("The request body must be a JSON object.");
            return false;
        }
    }
}
