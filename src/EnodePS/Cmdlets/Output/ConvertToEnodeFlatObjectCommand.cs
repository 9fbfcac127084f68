using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Security;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Output
{
    /// <summary>
    /// <para type="synopsis">Flattens EnodePS objects into one level of plain values, for Export-Csv, spreadsheets and databases.</para>
    /// </summary>
    [Cmdlet(VerbsData.ConvertTo, "EnodeFlatObject")]
    [OutputType(typeof(PSCustomObject))]
    public sealed class ConvertToEnodeFlatObjectCommand : EnodeCmdlet
    {
        private const int MaxDepth = 4;

        /// <summary>Any object: a vehicle, charger, action, schedule, or a PSCustomObject from Invoke-EnodeRequest.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [AllowNull]
        public PSObject? InputObject { get; set; }

        /// <summary>What joins the elements of a list into one cell ("; " unless told).</summary>
        [Parameter]
        [ValidateNotNull]
        public string Separator { get; set; } = "; ";

        protected override void Process()
        {
            if (InputObject == null) return;
            var flat = new PSObject();
            Flatten(InputObject, "", 0, flat);
            Output(flat);
        }

        private void Flatten(PSObject source, string prefix, int depth, PSObject target)
        {
            foreach (var property in DataProperties(source))
            {
                var name = prefix + property.Name;
                var value = Unwrap(property.Value);
                if (IsNested(value) && depth < MaxDepth) Flatten(PSObject.AsPSObject(value), name + ".", depth + 1, target);
                else target.Properties.Add(new PSNoteProperty(name, Cell(value)));
            }
        }

        /// <summary>The object's own fields: CLR properties and note properties, not the type data's computed views of them.</summary>
        private static IEnumerable<PSPropertyInfo> DataProperties(PSObject source) =>
            source.Properties.Where(p => p.MemberType == PSMemberTypes.Property || p.MemberType == PSMemberTypes.NoteProperty);

        private static object? Unwrap(object? value) =>
            value is PSObject wrapped && !(wrapped.BaseObject is PSCustomObject) ? wrapped.BaseObject : value;

        /// <summary>An object with fields of its own: an EnodePS model or a PSCustomObject (not a scalar, list or dictionary).</summary>
        private static bool IsNested(object? value) =>
            value is PSObject { BaseObject: PSCustomObject }
            || (value != null && !IsScalar(value) && !(value is IEnumerable)
                && (value.GetType().Namespace ?? "").StartsWith("EnodePS", StringComparison.Ordinal));

        private static bool IsScalar(object value) =>
            value is string || value is Enum || value.GetType().IsPrimitive || value is decimal || value is DateTime
            || value is DateTimeOffset || value is TimeSpan || value is Guid || value is Uri;

        private object? Cell(object? value)
        {
            switch (value)
            {
                case null: return null;
                case SecureString _: return null;
                case string _: return value;
                case IDictionary dictionary:
                    return dictionary.Count == 0 ? null : string.Join(Separator, dictionary.Keys.Cast<object>().Select(k => $"{k}={Text(dictionary[k])}"));
                case IEnumerable list:
                    var items = list.Cast<object?>().Select(Text).ToList();
                    return items.Count == 0 ? null : string.Join(Separator, items);
                default:
                    return IsScalar(value) ? value : Text(value);
            }
        }

        private static string Text(object? value) =>
            value is IFormattable formattable ? formattable.ToString(null, CultureInfo.CurrentCulture) : value?.ToString() ?? "";
    }
}
