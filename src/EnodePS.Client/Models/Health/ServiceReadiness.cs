using System;

namespace EnodePS.Client.Models
{
    /// <summary>The answer of GET /health/ready: 204 when every part of the service works, 503 when one does not.</summary>
    public sealed class ServiceReadiness
    {
        public ServiceReadiness(bool isReady, int statusCode, DateTimeOffset checkedAt, string? detail = null)
        {
            IsReady = isReady;
            StatusCode = statusCode;
            CheckedAt = checkedAt;
            Detail = detail;
        }

        public bool IsReady { get; }
        public int StatusCode { get; }
        public DateTimeOffset CheckedAt { get; }

        /// <summary>The problem's detail when the service is not ready.</summary>
        public string? Detail { get; }

        public override string ToString() => IsReady ? "Ready" : "Not ready";
    }
}
