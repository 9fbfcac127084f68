using System.Collections.Generic;
using System.Linq;
using EnodePS.Connections;

namespace EnodePS.Completers
{
    /// <summary>Ids of recently shown devices of the kind already given with -DeviceType (vehicle, charger, ...), or of any device kind.</summary>
    public sealed class TypedDeviceIdCompleter : EnodeArgumentCompleter
    {
        protected internal override IEnumerable<string> Candidates(CompletionContext context)
        {
            var type = context.Bound("DeviceType");
            var kind = type == null ? null : RecentIds.DeviceKinds.FirstOrDefault(k => string.Equals(k, type, System.StringComparison.OrdinalIgnoreCase));
            var kinds = kind != null ? new[] { kind } : RecentIds.DeviceKinds.ToArray();
            return context.Connection?.RecentIds.Of(kinds) ?? (IEnumerable<string>)new string[0];
        }
    }
}
