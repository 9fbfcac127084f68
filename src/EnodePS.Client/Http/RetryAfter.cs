using System;
using System.Net.Http;

namespace EnodePS.Client
{
    /// <summary>Reads a Retry-After header, in seconds or as an HTTP date.</summary>
    public static class RetryAfter
    {
        public static TimeSpan? From(HttpResponseMessage response, DateTimeOffset? now = null)
        {
            var header = response.Headers.RetryAfter;
            if (header == null) return null;
            if (header.Delta.HasValue) return header.Delta.Value < TimeSpan.Zero ? TimeSpan.Zero : header.Delta.Value;
            if (header.Date.HasValue)
            {
                var wait = header.Date.Value - (now ?? DateTimeOffset.UtcNow);
                return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
            }
            return null;
        }
    }
}
