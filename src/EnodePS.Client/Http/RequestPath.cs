using System;
using System.Collections.Generic;
using System.Text;

namespace EnodePS.Client.Http
{
    /// <summary>Builds request paths with escaped segments and query strings.</summary>
    public static class RequestPath
    {
        /// <summary>"/" followed by the segments, each escaped: an id can never add a path segment.</summary>
        public static string Of(params string[] segments)
        {
            var path = new StringBuilder();
            foreach (var segment in segments)
            {
                if (string.IsNullOrEmpty(segment)) throw new ArgumentException("An id must not be empty.", "id");
                path.Append('/').Append(Uri.EscapeDataString(segment));
            }
            return path.ToString();
        }

        /// <summary>Appends the query parameters that have a value, in the order given.</summary>
        public static string WithQuery(string path, IEnumerable<KeyValuePair<string, string?>> query)
        {
            var text = new StringBuilder(path);
            var separator = path.IndexOf('?') >= 0 ? '&' : '?';
            foreach (var pair in query)
            {
                if (pair.Value == null) continue;
                text.Append(separator).Append(Uri.EscapeDataString(pair.Key)).Append('=').Append(Uri.EscapeDataString(pair.Value));
                separator = '&';
            }
            return text.ToString();
        }
    }
}
