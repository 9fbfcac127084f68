using System.Reflection;
using EnodePS.Client.Models.Events;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Webhooks
{
    /// <summary>
    /// Gives an event's payload (its Charger, VendorAction, Status...) the PowerShell type name the REST cmdlets give the
    /// same model, so that $event.Charger shows with the charger view. PowerShell keeps type names added to an object's
    /// wrapper for the object itself, so they hold when the property is read later.
    /// </summary>
    internal static class WebhookEventOutput
    {
        public static WebhookEvent WithPayloadTypeNames(WebhookEvent e)
        {
            foreach (var property in e.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetIndexParameters().Length > 0 || property.PropertyType.IsValueType || property.PropertyType == typeof(string)) continue;
                var value = property.GetValue(e);
                if (value != null && PowerShellValues.TypeNameFor(value) != null) PowerShellValues.ToOutput(value);
            }
            return e;
        }
    }
}
