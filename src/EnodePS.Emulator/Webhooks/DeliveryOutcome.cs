using System.Collections.Generic;

namespace EnodePS.Emulator.Webhooks
{
    /// <summary>What happened to one POST to a webhook receiver: its answer, or why there was none.</summary>
    public sealed class DeliveryOutcome
    {
        private DeliveryOutcome(int? statusCode, string? reasonPhrase, string? body, IReadOnlyList<string> headers, string? error)
        {
            StatusCode = statusCode;
            ReasonPhrase = reasonPhrase;
            Body = body;
            Headers = headers;
            Error = error;
        }

        public static DeliveryOutcome Answered(int statusCode, string? reasonPhrase, string body, IReadOnlyList<string> headers) =>
            new DeliveryOutcome(statusCode, reasonPhrase, body, headers, null);

        public static DeliveryOutcome Failed(string error) => new DeliveryOutcome(null, null, null, new string[0], error);

        /// <summary>The receiver's status code; null when it did not answer (refused, timed out).</summary>
        public int? StatusCode { get; }
        public string? ReasonPhrase { get; }
        public string? Body { get; }

        /// <summary>"Name: value" per response header.</summary>
        public IReadOnlyList<string> Headers { get; }
        public string? Error { get; }

        public bool Succeeded => StatusCode >= 200 && StatusCode < 300;

        public string Describe()
        {
            if (StatusCode == null) return "the endpoint could not be reached: " + Error;
            var text = $"the endpoint answered {StatusCode} {ReasonPhrase}".TrimEnd();
            if (!Succeeded && !string.IsNullOrEmpty(Body))
                text += ": " + (Body!.Length > 200 ? Body.Substring(0, 200) + "..." : Body);
            return text;
        }
    }
}
