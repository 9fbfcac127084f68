using System;
using System.Collections.Generic;
using System.Text;
using EnodePS.Client.Validation;

namespace EnodePS.Client.Http
{
    /// <summary>Builds request paths with escaped segments and query strings.</summary>
    public static class RequestPath
    {
        /// <summary>What a value must be to stand in for one path segment.</summary>
        public const string SegmentRule = "an id that is not empty, not only white space, and not '.' or '..'";

        /// <summary>
        /// Fills a template such as "/users/{userId}/vehicles" with escaped values, in order. A value can never add,
        /// remove or climb out of its segment: empty, white-space-only, "." and ".." (which escaping leaves alone and
        /// System.Uri would collapse) are refused, naming the placeholder, before anything is sent.
        /// </summary>
        public static string Of(string template, params string?[] values)
        {
            var path = new StringBuilder();
            var next = 0;
            foreach (var segment in template.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries))
            {
                path.Append('/');
                if (segment.Length < 3 || segment[0] != '{' || segment[segment.Length - 1] != '}')
                {
                    path.Append(segment);
                    continue;
                }
                if (next >= values.Length) throw new ArgumentException($"The template {template} has more placeholders than values.", nameof(values));
                var value = values[next++];
                var name = segment.Substring(1, segment.Length - 2);
                if (string.IsNullOrWhiteSpace(value) || value == "." || value == "..")
                    throw new EnodeValidationException(name, value, SegmentRule);
                path.Append(Uri.EscapeDataString(value!));
            }
            if (next != values.Length) throw new ArgumentException($"The template {template} has fewer placeholders than values.", nameof(values));
            return path.ToString();
        }

        /// <summary>The number of segments of a path ("/a/b" has 2), query aside.</summary>
        public static int SegmentCount(string pathAndQuery)
        {
            var query = pathAndQuery.IndexOf('?');
            var path = query < 0 ? pathAndQuery : pathAndQuery.Substring(0, query);
            return path.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries).Length;
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
