using System.Collections.Generic;
using System.Text;
using System.Text.Json.Nodes;

namespace EnodePS.Emulator.Routing
{
    /// <summary>RFC 7807 problem+json answers, with the titles the Enode reference uses.</summary>
    public static class Problems
    {
        public const string TypeBase = "https://developers.enode.com/problems/";

        public static EmulatorResponse Create(int status, string slug, string title, string? detail,
            IEnumerable<JsonObject>? issues = null)
        {
            var body = new JsonObject
            {
                ["type"] = TypeBase + slug,
                ["title"] = title,
                ["detail"] = detail,
            };
            if (issues != null)
            {
                var array = new JsonArray();
                foreach (var issue in issues) array.Add(issue);
                body["issues"] = array;
            }
            return new EmulatorResponse(status, Encoding.UTF8.GetBytes(body.ToJsonString()),
                "application/problem+json; charset=utf-8");
        }

        public static EmulatorResponse BadRequest(string detail, params JsonObject[] issues) =>
            Create(400, "bad-request", "Bad request", detail, issues.Length == 0 ? null : issues);

        /// <summary>A 400 naming the offending field, as a payload or query validation failure.</summary>
        public static EmulatorResponse Invalid(string field, string message) =>
            BadRequest($"\"{field}\" {message}", Issue(field, message));

        public static JsonObject Issue(string field, string message) => new JsonObject
        {
            ["code"] = "invalid",
            ["path"] = new JsonArray(JsonValue.Create(field)),
            ["message"] = message,
        };

        public static EmulatorResponse Unauthorized(string detail) =>
            Create(401, "unauthorized", "Unauthorized", detail);

        public static EmulatorResponse Forbidden(string detail) =>
            Create(403, "forbidden", "Forbidden", detail);

        public static EmulatorResponse NotFound(string detail) =>
            Create(404, "not-found", "Not Found", detail);

        public static EmulatorResponse MethodNotAllowed(string detail) =>
            Create(405, "method-not-allowed", "Method Not Allowed", detail);

        public static EmulatorResponse TooManyRequests(int retryAfterSeconds)
        {
            var response = Create(429, "too-many-requests", "Too Many Requests", "Rate limit exceeded. Retry later.");
            response.Headers["Retry-After"] = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return response;
        }

        public static EmulatorResponse ServiceUnavailable(int? retryAfterSeconds)
        {
            var response = Create(503, "service-unavailable", "Service Unavailable",
                "The service is currently unavailable. Retry with a randomized backoff delay.");
            if (retryAfterSeconds.HasValue)
                response.Headers["Retry-After"] = retryAfterSeconds.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return response;
        }

        public static EmulatorResponse ServerError(string detail) =>
            Create(500, "server-error", "Server Error", detail);
    }
}
