using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Management.Automation;
using System.Security;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Output
{
    /// <summary>
    /// <para type="synopsis">Flattens EnodePS objects into one level of plain values, for Export-Csv, spreadsheets and databases.</para>
    /// </summary>
    [Cmdlet(VerbsData.ConvertTo, "EnodeFlatObject", HelpUri = HelpLinks.Cmdlets + "ConvertTo-EnodeFlatObject.md")]
    [OutputType(typeof(PSCustomObject))]
    public sealed class ConvertToEnodeFlatObjectCommand : EnodeCmdlet
    {
        private const int MaxDepth = 4;
        private const string ModelNamespace = "EnodePS.Client.Models";

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
            var type = source.BaseObject is PSCustomObject ? null : source.BaseObject.GetType();
            foreach (var property in DataProperties(source))
                Add(prefix + property.Name, Unwrap(property.Value), type?.GetProperty(property.Name)?.PropertyType, depth, target);
        }

        /// <summary>
        /// One property: a nested model becomes dotted columns, a value a cell. A null model still makes its columns
        /// (empty), from its declared type, so every object of a type has the same columns and Export-Csv, which takes
        /// its header from the first object, loses nothing.
        /// </summary>
        private void Add(string name, object? value, Type? declared, int depth, PSObject target)
        {
            if (value == null)
            {
                if (declared != null && IsModel(declared) && !typeof(IEnumerable).IsAssignableFrom(declared))
                {
                    if (depth >= MaxDepth) target.Properties.Add(new PSNoteProperty(name, null));
                    else foreach (var property in declared.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
                        Add(name + "." + property.Name, null, property.PropertyType, depth + 1, target);
                }
                else if (declared == null || IsDataType(declared)) target.Properties.Add(new PSNoteProperty(name, null));
                return;
            }
            if (IsNested(value))
            {
                if (depth < MaxDepth) Flatten(PSObject.AsPSObject(value), name + ".", depth + 1, target);
                else target.Properties.Add(new PSNoteProperty(name, Text(value)));
            }
            else if (IsData(value)) target.Properties.Add(new PSNoteProperty(name, Cell(value)));
        }

        /// <summary>The object's own fields: CLR properties and note properties, not the type data's computed views of them.</summary>
        private static IEnumerable<PSPropertyInfo> DataProperties(PSObject source) =>
            source.Properties.Where(p => p.MemberType == PSMemberTypes.Property || p.MemberType == PSMemberTypes.NoteProperty);

        private static object? Unwrap(object? value) =>
            value is PSObject wrapped && !(wrapped.BaseObject is PSCustomObject) ? wrapped.BaseObject : value;

        /// <summary>An object with fields of its own: an API model or a PSCustomObject (not a scalar, list or dictionary).</summary>
        private static bool IsNested(object? value) =>
            value is PSObject { BaseObject: PSCustomObject }
            || (value != null && !IsScalar(value) && !(value is IEnumerable) && IsModel(value.GetType()));

        private static bool IsModel(Type type) =>
            type.Namespace == ModelNamespace || (type.Namespace ?? "").StartsWith(ModelNamespace + ".", StringComparison.Ordinal);

        /// <summary>
        /// Values, lists and secrets (left empty) make cells; other objects are the engine's machinery, not data (a
        /// connection's client, a running emulator's engine) and are left out.
        /// </summary>
        private static bool IsData(object? value) =>
            value == null || value is SecureString || IsScalar(value) || value is IEnumerable;

        private static bool IsDataType(Type type)
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            return type == typeof(object) || type == typeof(string) || type.IsPrimitive || type.IsEnum || type == typeof(decimal)
                || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(TimeSpan) || type == typeof(Guid)
                || type == typeof(Uri) || type == typeof(SecureString) || typeof(IEnumerable).IsAssignableFrom(type);
        }

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
