using System.Collections.Generic;

namespace EnodePS.Client.Http
{
    /// <summary>An answer read without a model.</summary>
    public sealed class RawResponse
    {
        public RawResponse(int statusCode, IReadOnlyDictionary<string, string> headers, string body)
        {
            StatusCode = statusCode;
            Headers = headers;
            Body = body;
        }

        public int StatusCode { get; }
        public IReadOnlyDictionary<string, string> Headers { get; }

        /// <summary>The body as text; empty for 204.</summary>
        public string Body { get; }
    }
}
