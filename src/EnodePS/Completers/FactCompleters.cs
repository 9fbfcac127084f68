using System.Collections.Generic;
using System.Linq;
using EnodePS.Client.Facts;

namespace EnodePS.Completers
{
    /// <summary>Vendors, of the vendor type already given with -DeviceType when there is one.</summary>
    public sealed class VendorCompleter : EnodeArgumentCompleter
    {
        protected internal override IEnumerable<string> Candidates(CompletionContext context) =>
            ApiFacts.Vendors(context.Bound("DeviceType")).OrderBy(v => v, System.StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>vehicle, charger, hvac, inverter, battery, meter.</summary>
    public sealed class VendorTypeCompleter : EnodeArgumentCompleter
    {
        protected internal override IEnumerable<string> Candidates(CompletionContext context) => ApiFacts.VendorTypes;
    }

    /// <summary>Access scopes such as vehicle:read:data, of the -DeviceType's asset when given.</summary>
    public sealed class ScopeCompleter : EnodeArgumentCompleter
    {
        protected internal override IEnumerable<string> Candidates(CompletionContext context)
        {
            var type = context.Bound("DeviceType");
            return type == null ? ApiFacts.Scopes : ApiFacts.Scopes.Where(s => s.StartsWith(type + ":", System.StringComparison.OrdinalIgnoreCase));
        }
    }

    /// <summary>Events a webhook can subscribe to.</summary>
    public sealed class WebhookEventCompleter : EnodeArgumentCompleter
    {
        protected internal override IEnumerable<string> Candidates(CompletionContext context) => ApiFacts.WebhookEvents;
    }

    /// <summary>The operation modes a battery can be set to.</summary>
    public sealed class BatteryOperationModeCompleter : EnodeArgumentCompleter
    {
        protected internal override IEnumerable<string> Candidates(CompletionContext context) => ApiFacts.BatteryOperationModes;
    }

    /// <summary>Languages the API translates into (BCP 47).</summary>
    public sealed class LanguageCompleter : EnodeArgumentCompleter
    {
        protected internal override IEnumerable<string> Candidates(CompletionContext context) => ApiFacts.Languages;
    }

    /// <summary>IANA time zone names: the list -TimezoneName is checked against, so completion offers what is accepted.</summary>
    public sealed class TimeZoneCompleter : EnodeArgumentCompleter
    {
        protected internal override IEnumerable<string> Candidates(CompletionContext context) =>
            EnodePS.Client.Validation.TimeZoneNames.All.OrderBy(n => n, System.StringComparer.OrdinalIgnoreCase);
    }
}
