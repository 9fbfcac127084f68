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
            var status = (int)response.StatusCode;
            if (status >= 300 && status < 400)
            {
                var location = response.Headers.Location?.ToString() ?? "(no Location header)";
                return new EnodeApiException(status, method, path, new ProblemDetails
                {
                    Title = response.ReasonPhrase ?? "Redirect",
                    Detail = secrets.Scrub($"the server redirected to {location}. EnodePS follows no redirects, since they could carry "
                        + "credentials or secrets to another host: check the API and token URLs of the connection."),
                }, null);
            }
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
            var retryNote = Http.RequestFlags.Text(response.RequestMessage, Http.RetryHandler.RetryNoteProperty);
            if (retryNote != null) problem.Detail = problem.Detail == null ? retryNote : problem.Detail.TrimEnd('.') + " (" + retryNote + ")";
            if (problem.Title != null) problem.Title = secrets.Scrub(problem.Title);
            return new EnodeApiException((int)response.StatusCode, method, path, problem, RetryAfter.From(response));
        }

        public static T Deserialize<T>(ReadOnlySpan<byte> body, JsonTypeInfo<T> typeInfo, string what)
        {
            try
            {
                var value = JsonSerializer.Deserialize(body, typeInfo);
                if (value == null) throw new EnodeProtocolException($"The {what} was empty (JSON null).");
                if (IdOf<T>.Property != null && string.IsNullOrEmpty(IdOf<T>.Property.GetValue(value) as string))
                    throw new EnodeProtocolException($"The {what} has no id, which the API reference guarantees: it is not an Enode answer.");
                return value;
            }
            catch (JsonException ex)
            {
                throw new EnodeProtocolException($"The {what} is not valid JSON for its type: {ex.Message}", ex);
            }
        }

        /// <summary>The string Id property of a resource model (every resource the API returns has one), or null.</summary>
        private static class IdOf<T>
        {
            public static readonly System.Reflection.PropertyInfo? Property = FindId();

            private static System.Reflection.PropertyInfo? FindId()
            {
                var property = typeof(T).GetProperty("Id");
                return property != null && property.PropertyType == typeof(string) && property.CanRead ? property : null;
            }
        }
    }
}
