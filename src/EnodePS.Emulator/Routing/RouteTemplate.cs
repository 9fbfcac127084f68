using System;
using System.Collections.Generic;

namespace EnodePS.Emulator.Routing
{
    /// <summary>A path template such as <c>/vehicles/{vehicleId}</c>, matched segment by segment.</summary>
    public sealed class RouteTemplate
    {
        private readonly string[] _segments;

        public RouteTemplate(string template)
        {
            Template = template;
            _segments = Split(template);
            foreach (var s in _segments) if (!IsParameter(s)) LiteralCount++;
        }

        public string Template { get; }

        /// <summary>More literal segments win: <c>/vehicles/actions/{id}</c> beats <c>/vehicles/{id}/{x}</c>.</summary>
        public int LiteralCount { get; }

        public bool TryMatch(string[] pathSegments, out Dictionary<string, string> values)
        {
            values = new Dictionary<string, string>(StringComparer.Ordinal);
            if (pathSegments.Length != _segments.Length) return false;
            for (var i = 0; i < _segments.Length; i++)
            {
                if (IsParameter(_segments[i]))
                    values[_segments[i].Substring(1, _segments[i].Length - 2)] = Uri.UnescapeDataString(pathSegments[i]);
                else if (!string.Equals(_segments[i], pathSegments[i], StringComparison.Ordinal))
                    return false;
            }
            return true;
        }

        public static string[] Split(string path) =>
            path.Trim('/').Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);

        private static bool IsParameter(string segment) =>
            segment.Length > 2 && segment[0] == '{' && segment[segment.Length - 1] == '}';
    }
}
