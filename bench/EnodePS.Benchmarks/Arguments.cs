using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace EnodePS.Benchmarks
{
    /// <summary>"mode --name value --flag" command lines.</summary>
    internal sealed class Arguments
    {
        private readonly Dictionary<string, string?> _options = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);

        public Arguments(IReadOnlyList<string> args)
        {
            Mode = args.Count > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0].ToLowerInvariant() : "all";
            for (var i = Mode == "all" && (args.Count == 0 || args[0].StartsWith("--", StringComparison.Ordinal)) ? 0 : 1; i < args.Count; i++)
            {
                if (!args[i].StartsWith("--", StringComparison.Ordinal)) throw new ArgumentException($"Unexpected '{args[i]}'. Run with --help.");
                var hasValue = i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
                _options[args[i]] = hasValue ? args[++i] : null;
            }
        }

        public string Mode { get; }

        public bool Has(string name) => _options.ContainsKey(name);

        public string Text(string name) => _options.TryGetValue(name, out var value) && value != null ? value : throw new ArgumentException(name + " is required.");

        public string? TextOrNull(string name) => _options.TryGetValue(name, out var value) ? value : null;

        public int Int(string name, int fallback) => _options.TryGetValue(name, out var value) && value != null ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

        public IReadOnlyList<int> Ints(string name, params int[] fallback) =>
            _options.TryGetValue(name, out var value) && value != null
                ? value.Split(',').Select(v => int.Parse(v.Trim(), CultureInfo.InvariantCulture)).ToList()
                : fallback;
    }
}
