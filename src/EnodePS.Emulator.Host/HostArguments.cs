using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;
using EnodePS.Emulator.Time;

namespace EnodePS.Emulator.Host
{
    /// <summary>The command line: where to listen and how to seed the emulator.</summary>
    internal sealed class HostArguments
    {
        public const int DefaultPort = 5080;

        public int Port { get; private set; } = DefaultPort;
        public bool Json { get; private set; }
        public bool Help { get; private set; }
        public EmulatorOptions Options { get; } = EmulatorOptions.Demo();

        /// <summary>"--user-count" → UserCount: every record count the options have, found by name so new ones need no code here.</summary>
        private static readonly Dictionary<string, PropertyInfo> CountOptions = typeof(EmulatorOptions)
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType == typeof(int) && p.CanWrite && p.Name.EndsWith("Count", StringComparison.Ordinal))
            .ToDictionary(p => "--" + Kebab(p.Name), p => p, StringComparer.OrdinalIgnoreCase);

        /// <summary>Parses the arguments; throws <see cref="ArgumentException"/> naming the option that is wrong.</summary>
        public static HostArguments Parse(IReadOnlyList<string> args)
        {
            var result = new HostArguments();
            for (var i = 0; i < args.Count; i++)
            {
                var name = args[i];
                string Value()
                {
                    if (i + 1 >= args.Count) throw new ArgumentException($"{name} needs a value.");
                    return args[++i];
                }

                switch (name.ToLowerInvariant())
                {
                    case "--port": result.Port = Int(name, Value(), 0, 65535); break;
                    case "--seed": result.Options.Seed = Int(name, Value(), int.MinValue, int.MaxValue); break;
                    case "--client-id": result.Options.ClientId = NotEmpty(name, Value()); break;
                    case "--client-secret": result.Options.SetClientSecret(NotEmpty(name, Value())); break;
                    case "--token-lifetime": result.Options.TokenLifetime = TimeSpan.FromSeconds(Int(name, Value(), 1, 86400 * 7)); break;
                    case "--action-delay": result.Options.ActionDelay = Seconds(name, Value(), 0, 86400); break;
                    case "--action-timeout": result.Options.ActionTimeout = Seconds(name, Value(), 0.001, 86400 * 7); break;
                    case "--manual-clock":
                        var now = DateTimeOffset.UtcNow;
                        result.Options.Clock = new ManualEmulatorClock(new DateTimeOffset(now.Ticks - now.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero));
                        break;
                    case "--json": result.Json = true; break;
                    case "--help": case "-h": case "-?": result.Help = true; break;
                    default:
                        if (!CountOptions.TryGetValue(name, out var count))
                            throw new ArgumentException($"Unknown option {name}. Run with --help for the options.");
                        count.SetValue(result.Options, Int(name, Value(), 0, 100000));
                        break;
                }
            }
            return result;
        }

        public static string Usage()
        {
            var text = new StringBuilder();
            text.AppendLine("Runs an Enode API emulator on 127.0.0.1 until Ctrl+C or SIGTERM.");
            text.AppendLine();
            text.AppendLine("Options:");
            text.AppendLine($"  --port <n>              port to listen on; 0 picks a free one (default {DefaultPort})");
            text.AppendLine("  --seed <n>              seed for the generated data: the same seed gives the same ids (default 42)");
            foreach (var option in CountOptions.OrderBy(o => o.Key, StringComparer.Ordinal))
                text.AppendLine($"  {option.Key + " <n>",-24}how many {Kebab(option.Value.Name.Substring(0, option.Value.Name.Length - 5)).Replace('-', ' ')} records to seed");
            text.AppendLine("  --token-lifetime <s>    seconds an access token stays valid (default 3600)");
            text.AppendLine("  --action-delay <s>      seconds a device takes to carry out an action, decimals allowed (default 3)");
            text.AppendLine("  --action-timeout <s>    seconds before an action on a device that does not respond fails (default 1800)");
            text.AppendLine("  --client-id <id>        the client id the token endpoint accepts (default emulator-client)");
            text.AppendLine("  --client-secret <s>     the client secret it accepts (default: a new random one)");
            text.AppendLine("  --manual-clock          time stands still until POST /_emulator/clock/advance moves it");
            text.AppendLine("  --json                  print the connection details as one JSON line");
            return text.ToString();
        }

        private static int Int(string name, string value, int min, int max)
        {
            if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max) return n;
            throw new ArgumentException($"{name} must be a whole number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}, not '{value}'.");
        }

        private static TimeSpan Seconds(string name, string value, double min, double max)
        {
            if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= min && seconds <= max)
                return TimeSpan.FromSeconds(seconds);
            throw new ArgumentException($"{name} must be a number of seconds from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}, not '{value}'.");
        }

        private static string NotEmpty(string name, string value) =>
            string.IsNullOrWhiteSpace(value) ? throw new ArgumentException($"{name} cannot be empty.") : value;

        private static string Kebab(string pascal)
        {
            var text = new StringBuilder();
            foreach (var c in pascal)
            {
                if (char.IsUpper(c) && text.Length > 0) text.Append('-');
                text.Append(char.ToLowerInvariant(c));
            }
            return text.ToString();
        }
    }
}
