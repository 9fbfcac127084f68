using System;
using System.Collections.Generic;

namespace EnodePS.Emulator.Routing
{
    /// <summary>A request as the emulator core sees it, whichever front door (in-process or loopback) it came through.</summary>
    public sealed class EmulatorRequest
    {
        public EmulatorRequest(string method, string path, IReadOnlyDictionary<string, string> query,
            IReadOnlyDictionary<string, string> headers, byte[] body)
        {
            Method = method.ToUpperInvariant();
            Path = path;
            Query = query;
            Headers = headers;
            Body = body;
        }

        public string Method { get; }
        public string Path { get; }
        public IReadOnlyDictionary<string, string> Query { get; }

        /// <summary>Header names compare case-insensitively.</summary>
        public IReadOnlyDictionary<string, string> Headers { get; }
        public byte[] Body { get; }

        public string? Header(string name) => Headers.TryGetValue(name, out var v) ? v : null;

        public static IReadOnlyDictionary<string, string> ParseQuery(string? query)
        {
            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            if (string.IsNullOrEmpty(query)) return result;
            foreach (var part in query!.TrimStart('?').Split('&'))
            {
                if (part.Length == 0) continue;
                var eq = part.IndexOf('=');
                var key = Uri.UnescapeDataString((eq < 0 ? part : part.Substring(0, eq)).Replace('+', ' '));
                var value = eq < 0 ? "" : Uri.UnescapeDataString(part.Substring(eq + 1).Replace('+', ' '));
                result[key] = value;
            }
            return result;
        }
    }
}
