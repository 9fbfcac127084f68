using System;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using EnodePS.Client.Json;
using EnodePS.Client.Logging;

namespace EnodePS.Client.Errors
{
    /// <summary>Turns error answers into <see cref="EnodeApiException"/> and bodies into models, with clear errors for bad JSON.</summary>
    internal static class ProblemReader
    {
        public static EnodeApiException ToException(HttpResponseMessage response, byte[] body, string method, string path,
            SecretSet secrets, string? fallbackDetail = null)
        {
            ProblemDetails? problem = null;
            if (body.Length > 0)
            {
                try
                {
                    problem = JsonSerializer.Deserialize(body, CoreJsonContext.Default.ProblemDetails);
                }
                catch (JsonException)
                {
                    problem = null; // not a problem document: fall back to the status alone
                }
            }
            problem ??= new ProblemDetails { Title = response.ReasonPhrase, Detail = fallbackDetail };
            problem.Detail = problem.Detail == null ? fallbackDetail : secrets.Scrub(problem.Detail);
            if (problem.Title != null) problem.Title = secrets.Scrub(problem.Title);
            return new EnodeApiException((int)response.StatusCode, method, path, problem, RetryAfter.From(response));
        }

        public static T Deserialize<T>(ReadOnlySpan<byte> body, JsonTypeInfo<T> typeInfo, string what)
        {
            try
            {
                var value = JsonSerializer.Deserialize(body, typeInfo);
                if (value == null) throw new EnodeProtocolException($"The {what} was empty (JSON null).");
                return value;
            }
            catch (JsonException ex)
            {
                throw new EnodeProtocolException($"The {what} is not valid JSON for its type: {ex.Message}", ex);
            }
        }
    }
}
