using System;
using System.Collections.Generic;
using System.Linq;

namespace EnodePS.Client.Errors
{
    /// <summary>
    /// The API answered with an error status. Carries the problem+json fields when the server sent them.
    /// Its message never holds a secret: it is built from the status, the problem and the request's path only.
    /// </summary>
    public sealed class EnodeApiException : Exception
    {
        public EnodeApiException(int statusCode, string method, string path, ProblemDetails? problem, TimeSpan? retryAfter = null)
            : base(BuildMessage(statusCode, method, path, problem))
        {
            StatusCode = statusCode;
            Method = method;
            Path = path;
            ProblemType = problem?.Type;
            Title = problem?.Title;
            Detail = problem?.Detail;
            Issues = problem?.Issues ?? new List<ProblemIssue>();
            RetryAfter = retryAfter;
        }

        public int StatusCode { get; }
        public string Method { get; }

        /// <summary>The request's path and query, e.g. "/vehicles/123".</summary>
        public string Path { get; }

        /// <summary>The problem's type URI, e.g. "https://developers.enode.com/problems/not-found".</summary>
        public string? ProblemType { get; }
        public string? Title { get; }
        public string? Detail { get; }
        public IReadOnlyList<ProblemIssue> Issues { get; }
        public TimeSpan? RetryAfter { get; }

        /// <summary>The last segment of the problem type ("not-found"), or null when the server sent no type.</summary>
        public string? ProblemSlug
        {
            get
            {
                // "about:blank" is RFC 7807's "no type beyond the status".
                if (string.IsNullOrEmpty(ProblemType) || string.Equals(ProblemType, "about:blank", StringComparison.OrdinalIgnoreCase)) return null;
                var trimmed = ProblemType!.TrimEnd('/');
                var slash = trimmed.LastIndexOf('/');
                return slash >= 0 ? trimmed.Substring(slash + 1) : trimmed;
            }
        }

        private static string BuildMessage(int status, string method, string path, ProblemDetails? problem)
        {
            var message = problem?.Title == null ? $"HTTP {status} on {method} {path}" : $"{problem.Title} ({status}) on {method} {path}";
            if (!string.IsNullOrEmpty(problem?.Detail)) message += ": " + problem!.Detail;
            if (problem?.Issues != null && problem.Issues.Count > 0)
                message += " [" + string.Join("; ", problem.Issues.Select(i => i.ToString())) + "]";
            return message;
        }
    }
}
