using System.Management.Automation;
using System.Runtime.CompilerServices;

namespace EnodePS.Connections
{
    /// <summary>
    /// Remembers which connection each emitted object came from, so that piping it on uses that connection. Kept
    /// beside the objects rather than on them: a property would show in Format-List * and ConvertTo-Json, and a
    /// connection must never be serialised with the data.
    /// </summary>
    internal static class EmittedBy
    {
        private static readonly ConditionalWeakTable<object, EnodeConnection> Connections = new ConditionalWeakTable<object, EnodeConnection>();

        public static void Remember(object? value, EnodeConnection connection)
        {
            var key = Key(value);
            if (key == null || key is string || key.GetType().IsValueType) return;
            Connections.Remove(key);
            Connections.Add(key, connection);
        }

        public static EnodeConnection? ConnectionOf(object? value)
        {
            var key = Key(value);
            return key != null && Connections.TryGetValue(key, out var connection) ? connection : null;
        }

        private static object? Key(object? value) => value is PSObject ps && !(ps.BaseObject is PSCustomObject) ? ps.BaseObject : value;
    }
}
