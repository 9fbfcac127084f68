using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using EnodePS.Emulator.Webhooks;

namespace EnodePS.Emulator.Handlers
{
    /// <summary>The fields of a POST or PATCH /webhooks body, checked against the reference; what was absent stays null.</summary>
    public sealed class WebhookInput
    {
        public static readonly string[] ApiVersions = { WebhookDispatcher.DefaultApiVersion };

        public string? Url { get; private set; }
        public string? Secret { get; private set; }
        public List<string>? Events { get; private set; }

        public bool HasApiVersion { get; private set; }
        public string? ApiVersion { get; private set; }

        /// <summary>True when the body had "authentication", even as null (which removes it on PATCH).</summary>
        public bool HasAuthentication { get; private set; }
        public string? HeaderName { get; private set; }
        public string? HeaderValue { get; private set; }

        public static WebhookInput Read(JsonObject body, bool creating, BodyIssues issues)
        {
            var input = new WebhookInput();
            if (creating || body.ContainsKey("url"))
            {
                input.Url = issues.RequiredString(body, "url");
                if (input.Url != null && !IsAcceptedUrl(input.Url))
                    issues.Add("Must be an absolute HTTPS URL (plain HTTP only to a loopback address)", "url");
            }
            if (creating || body.ContainsKey("secret"))
                input.Secret = issues.RequiredString(body, "secret");
            if (body.ContainsKey("events"))
                input.Events = ReadEvents(body["events"], issues);

            if (body.TryGetPropertyValue("apiVersion", out var version))
            {
                input.HasApiVersion = true;
                if (version != null)
                {
                    input.ApiVersion = version is JsonValue v && v.TryGetValue<string>(out var text) ? text : null;
                    if (input.ApiVersion == null || Array.IndexOf(ApiVersions, input.ApiVersion) < 0)
                        issues.Add("Valid versions: " + string.Join(", ", ApiVersions), "apiVersion");
                }
            }

            if (body.TryGetPropertyValue("authentication", out var authentication))
            {
                input.HasAuthentication = true;
                if (authentication is JsonObject header)
                {
                    input.HeaderName = issues.RequiredString(header, "headerName", "authentication");
                    input.HeaderValue = issues.RequiredString(header, "headerValue", "authentication");
                }
                else if (authentication != null)
                {
                    issues.Add("Expected object or null", "authentication");
                }
            }
            return input;
        }

        private static List<string>? ReadEvents(JsonNode? node, BodyIssues issues)
        {
            if (!(node is JsonArray array))
            {
                issues.Add("Expected array of event names", "events");
                return null;
            }
            if (array.Count == 0) issues.Add("Must list at least one event (\"*\" for all)", "events");
            var events = new List<string>();
            for (var i = 0; i < array.Count; i++)
            {
                var name = array[i] is JsonValue v && v.TryGetValue<string>(out var text) ? text : null;
                if (name == null || !WebhookEventNames.IsSubscribable(name))
                    issues.Add("Invalid enum value. Expected one of: " + string.Join(", ", WebhookEventNames.Subscribable), "events", i);
                else if (!events.Contains(name))
                    events.Add(name);
            }
            return events;
        }

        /// <summary>HTTPS anywhere; plain HTTP only to this machine, so that local receivers can be used with the emulator.</summary>
        public static bool IsAcceptedUrl(string url)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)) return false;
            if (uri.Scheme == Uri.UriSchemeHttps) return true;
            return uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback;
        }
    }
}
