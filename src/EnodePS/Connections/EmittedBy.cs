using System.Management.Automation;
using System.Runtime.CompilerServices;
using EnodePS.Client.Models;

namespace EnodePS.Connections
{
    /// <summary>
    /// Remembers which connection each emitted object came from, so that piping it on uses that connection. Kept
    /// beside the data rather than in it: a property would show in Format-List * and ConvertTo-Json, and a connection
    /// must never be serialised with the data. A resource of the API (a vehicle, a schedule...) keeps it in the slot
    /// its base class has for this; any other object, in a weak table keyed by the object.
    /// </summary>
    internal static class EmittedBy
    {
        private static readonly ConditionalWeakTable<object, EnodeConnection> Connections = new ConditionalWeakTable<object, EnodeConnection>();

        public static void Remember(object? value, EnodeConnection connection)
        {
            var key = Key(value);
            if (key is ApiResource resource)
            {
                resource.Origin = connection;
                return;
            }
            if (key == null || key is string || key.GetType().IsValueType) return;
            Connections.Remove(key);
            Connections.Add(key, connection);
        }

        public static EnodeConnection? ConnectionOf(object? value)
        {
            var key = Key(value);
            if (key is ApiResource resource) return resource.Origin as EnodeConnection;
            return key != null && Connections.TryGetValue(key, out var connection) ? connection : null;
        }

        private static object? Key(object? value) => value is PSObject ps && !(ps.BaseObject is PSCustomObject) ? ps.BaseObject : value;
    }
}
