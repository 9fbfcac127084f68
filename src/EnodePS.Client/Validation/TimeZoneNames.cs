using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace EnodePS.Client.Validation
{
    /// <summary>
    /// IANA time zone names (Europe/Oslo, America/New_York, UTC...), from a copy of the tz database shipped with the
    /// client: Windows PowerShell's .NET knows only Windows zone ids, so the system cannot be asked.
    /// </summary>
    public static class TimeZoneNames
    {
        private static readonly Lazy<Dictionary<string, string>> Names = new Lazy<Dictionary<string, string>>(Load);

        public static IReadOnlyCollection<string> All => Names.Value.Values;

        /// <summary>The name as the database spells it ("europe/oslo" gives "Europe/Oslo").</summary>
        public static string Check(string name, string parameterName)
        {
            if (name != null && Names.Value.TryGetValue(name.Trim(), out var canonical)) return canonical;
            var hint = Suggest(name);
            throw new EnodeValidationException(parameterName, name,
                "an IANA time zone name such as Europe/Oslo, Europe/London, America/New_York or UTC" + (hint == null ? "." : $" (did you mean {hint}?)."));
        }

        private static string? Suggest(string? name)
        {
            if (string.IsNullOrWhiteSpace(name)) return null;
            var city = name!.Trim().Replace(' ', '_');
            return Names.Value.Values.FirstOrDefault(n => n.EndsWith("/" + city, StringComparison.OrdinalIgnoreCase));
        }

        private static Dictionary<string, string> Load()
        {
            var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            using (var stream = typeof(TimeZoneNames).Assembly.GetManifestResourceStream("EnodePS.Client.Validation.TimeZoneNames.txt")
                ?? throw new InvalidOperationException("The time zone list is missing from EnodePS.Client."))
            using (var reader = new StreamReader(stream))
            {
                string? line;
                while ((line = reader.ReadLine()) != null)
                    if (line.Length > 0 && line[0] != '#') names[line] = line;
            }
            return names;
        }
    }
}
