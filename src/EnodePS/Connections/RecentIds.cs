using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace EnodePS.Connections
{
    /// <summary>
    /// The ids a connection has recently shown the user, by kind (Vehicle, User, Location, ...), newest first and
    /// bounded per kind: what argument completion offers for -Id, -UserId, -LocationId. Fed by the cmdlet base as
    /// objects are written; a model's own Id counts for its class name, and its UserId and LocationId for those kinds.
    /// </summary>
    public sealed class RecentIds
    {
        public const int PerKind = 100;

        public const string Vehicle = "Vehicle", Charger = "Charger", Hvac = "Hvac", Inverter = "Inverter", Battery = "Battery",
            Meter = "Meter", HemSystem = "HemSystem", User = "User", Location = "Location", Schedule = "Schedule", Webhook = "Webhook";

        public static readonly IReadOnlyList<string> DeviceKinds = new[] { Vehicle, Charger, Hvac, Inverter, Battery, Meter, HemSystem };
        public static readonly IReadOnlyList<string> Kinds = DeviceKinds.Concat(new[] { User, Location, Schedule, Webhook }).ToList();

        private static readonly ConcurrentDictionary<Type, Accessors> ByType = new ConcurrentDictionary<Type, Accessors>();

        private readonly object _gate = new object();

        // Per kind, each id with when it was last seen. Listings feed every item through here, so an add is a
        // dictionary write; the oldest are dropped in one pass once a kind holds twice its bound.
        private readonly Dictionary<string, Dictionary<string, long>> _byKind = new Dictionary<string, Dictionary<string, long>>(StringComparer.OrdinalIgnoreCase);
        private long _clock;

        /// <summary>Remembers what an output object tells: its own id (when its class is a known kind), its user and location.</summary>
        public void Observe(object? value)
        {
            if (value == null || value is string) return;
            var accessors = ByType.GetOrAdd(value.GetType(), Accessors.For);
            if (accessors.Kind != null) Add(accessors.Kind, accessors.Id?.GetValue(value) as string);
            Add(User, accessors.UserId?.GetValue(value) as string);
            Add(Location, accessors.LocationId?.GetValue(value) as string);
        }

        public void Add(string kind, string? id)
        {
            if (string.IsNullOrEmpty(id)) return;
            lock (_gate)
            {
                if (!_byKind.TryGetValue(kind, out var seen)) _byKind[kind] = seen = new Dictionary<string, long>(StringComparer.Ordinal);
                seen[id!] = ++_clock;
                if (seen.Count > 2 * PerKind)
                    foreach (var old in seen.OrderByDescending(pair => pair.Value).Skip(PerKind).Select(pair => pair.Key).ToList())
                        seen.Remove(old);
            }
        }

        /// <summary>The ids of the given kinds, newest first within each kind, each id once.</summary>
        public IReadOnlyList<string> Of(params string[] kinds)
        {
            lock (_gate)
            {
                return kinds.SelectMany(k => _byKind.TryGetValue(k, out var seen)
                        ? seen.OrderByDescending(pair => pair.Value).Take(PerKind).Select(pair => pair.Key).ToList()
                        : new List<string>())
                    .Distinct(StringComparer.Ordinal).ToList();
            }
        }

        private sealed class Accessors
        {
            public string? Kind;
            public PropertyInfo? Id, UserId, LocationId;

            public static Accessors For(Type type)
            {
                var kind = Kinds.FirstOrDefault(k => string.Equals(k, type.Name, StringComparison.Ordinal));
                return new Accessors
                {
                    Kind = kind,
                    Id = kind == null ? null : StringProperty(type, "Id"),
                    UserId = StringProperty(type, "UserId"),
                    LocationId = StringProperty(type, "LocationId"),
                };
            }

            private static PropertyInfo? StringProperty(Type type, string name)
            {
                var property = type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance);
                return property != null && property.PropertyType == typeof(string) && property.GetIndexParameters().Length == 0 ? property : null;
            }
        }
    }
}
