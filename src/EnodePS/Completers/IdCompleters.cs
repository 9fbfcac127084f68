using System.Collections.Generic;
using System.Linq;
using EnodePS.Connections;

namespace EnodePS.Completers
{
    /// <summary>Ids of the given kinds that the connection recently showed, newest first.</summary>
    public abstract class RecentIdCompleter : EnodeArgumentCompleter
    {
        private readonly string[] _kinds;

        protected RecentIdCompleter(params string[] kinds) { _kinds = kinds; }

        protected internal override IEnumerable<string> Candidates(CompletionContext context) =>
            context.Connection?.RecentIds.Of(_kinds) ?? (IEnumerable<string>)new string[0];
    }

    public sealed class VehicleIdCompleter : RecentIdCompleter { public VehicleIdCompleter() : base(RecentIds.Vehicle) { } }
    public sealed class ChargerIdCompleter : RecentIdCompleter { public ChargerIdCompleter() : base(RecentIds.Charger) { } }
    public sealed class HvacIdCompleter : RecentIdCompleter { public HvacIdCompleter() : base(RecentIds.Hvac) { } }
    public sealed class InverterIdCompleter : RecentIdCompleter { public InverterIdCompleter() : base(RecentIds.Inverter) { } }
    public sealed class BatteryIdCompleter : RecentIdCompleter { public BatteryIdCompleter() : base(RecentIds.Battery) { } }
    public sealed class MeterIdCompleter : RecentIdCompleter { public MeterIdCompleter() : base(RecentIds.Meter) { } }
    public sealed class HemSystemIdCompleter : RecentIdCompleter { public HemSystemIdCompleter() : base(RecentIds.HemSystem) { } }

    /// <summary>Any device: vehicles, chargers, HVACs, inverters, batteries, meters, HEM systems.</summary>
    public sealed class DeviceIdCompleter : RecentIdCompleter { public DeviceIdCompleter() : base(RecentIds.DeviceKinds.ToArray()) { } }

    public sealed class UserIdCompleter : RecentIdCompleter { public UserIdCompleter() : base(RecentIds.User) { } }
    public sealed class LocationIdCompleter : RecentIdCompleter { public LocationIdCompleter() : base(RecentIds.Location) { } }
    public sealed class ScheduleIdCompleter : RecentIdCompleter { public ScheduleIdCompleter() : base(RecentIds.Schedule) { } }
    public sealed class WebhookIdCompleter : RecentIdCompleter { public WebhookIdCompleter() : base(RecentIds.Webhook) { } }

    /// <summary>Names of the session's connections.</summary>
    public sealed class ConnectionNameCompleter : EnodeArgumentCompleter
    {
        protected internal override IEnumerable<string> Candidates(CompletionContext context) =>
            context.SessionConnections?.All.Select(c => c.Name) ?? Enumerable.Empty<string>();
    }

    /// <summary>
    /// Which completer a parameter gets by its name or alias, so that every cmdlet completes the same way. A test
    /// checks each cmdlet parameter named here carries its completer.
    /// </summary>
    public static class ParameterCompleters
    {
        public static readonly IReadOnlyDictionary<string, System.Type> ByName = new Dictionary<string, System.Type>(System.StringComparer.OrdinalIgnoreCase)
        {
            ["VehicleId"] = typeof(VehicleIdCompleter),
            ["ChargerId"] = typeof(ChargerIdCompleter),
            ["HvacId"] = typeof(HvacIdCompleter),
            ["InverterId"] = typeof(InverterIdCompleter),
            ["BatteryId"] = typeof(BatteryIdCompleter),
            ["MeterId"] = typeof(MeterIdCompleter),
            ["HemSystemId"] = typeof(HemSystemIdCompleter),
            ["DeviceId"] = typeof(DeviceIdCompleter),
            ["UserId"] = typeof(UserIdCompleter),
            ["LocationId"] = typeof(LocationIdCompleter),
            ["ScheduleId"] = typeof(ScheduleIdCompleter),
            ["WebhookId"] = typeof(WebhookIdCompleter),
            ["Vendor"] = typeof(VendorCompleter),
            ["VendorType"] = typeof(VendorTypeCompleter),
            ["Scope"] = typeof(ScopeCompleter),
            ["Scopes"] = typeof(ScopeCompleter),
            ["Event"] = typeof(WebhookEventCompleter),
            ["Events"] = typeof(WebhookEventCompleter),
            ["OperationMode"] = typeof(BatteryOperationModeCompleter),
            ["Language"] = typeof(LanguageCompleter),
            ["TimeZone"] = typeof(TimeZoneCompleter),
            ["TimezoneName"] = typeof(TimeZoneCompleter),
        };
    }
}
