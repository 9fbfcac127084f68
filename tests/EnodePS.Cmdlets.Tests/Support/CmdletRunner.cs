using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Tests.Support
{
    /// <summary>
    /// Runs a cmdlet the way PowerShell's pipeline would: begin, one process per input object, end; stop on a
    /// terminating error. Input objects bind by property name to parameters that declare
    /// ValueFromPipelineByPropertyName (and by value where declared), as PowerShell's binder does.
    /// </summary>
    public static class CmdletRunner
    {
        public static RecordingHost Run(EnodeCmdlet cmdlet, RecordingHost? host = null, string? parameterSet = null, params object[] pipeline)
        {
            host ??= new RecordingHost();
            cmdlet.CmdletHost = host;
            try
            {
                if (pipeline.Length > 0) Bind(cmdlet, pipeline[0]);
                ParameterSetOverride.Set(cmdlet, parameterSet ?? ParameterSetOverride.Resolve(cmdlet));
                cmdlet.InvokeBegin();
                if (pipeline.Length == 0)
                {
                    cmdlet.InvokeProcess();
                }
                else
                {
                    foreach (var input in pipeline)
                    {
                        Bind(cmdlet, input);
                        cmdlet.InvokeProcess();
                    }
                }
                cmdlet.InvokeEnd();
            }
            catch (CmdletTerminatedException)
            {
                // recorded by the host as Terminating
            }
            return host;
        }

        /// <summary>Sets each pipeline-bound parameter from the input object, as PowerShell does for one input.</summary>
        public static void Bind(EnodeCmdlet cmdlet, object input)
        {
            var bound = false;
            foreach (var parameter in CmdletMetadata.Read(cmdlet.GetType()).Parameters)
            {
                var property = parameter.Property;
                if (parameter.Declarations.Any(d => d.ValueFromPipeline) && property.PropertyType.IsInstanceOfType(input))
                {
                    property.SetValue(cmdlet, input);
                    bound = true;
                    continue;
                }
                if (parameter.Declarations.Any(d => d.ValueFromPipeline) && property.PropertyType == typeof(string[]) && input is string text)
                {
                    property.SetValue(cmdlet, new[] { text }); // PowerShell makes a one-element array of a piped string
                    bound = true;
                    continue;
                }
                if (!parameter.Declarations.Any(d => d.ValueFromPipelineByPropertyName)) continue;
                foreach (var name in new[] { property.Name }.Concat(parameter.Aliases))
                {
                    var source = input.GetType().GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
                    if (source == null) continue;
                    property.SetValue(cmdlet, Coerce(source.GetValue(input), property.PropertyType));
                    bound = true;
                    break;
                }
            }
            if (!bound) throw new InvalidOperationException($"{input.GetType().Name} binds to no parameter of {cmdlet.GetType().Name}.");
        }

        private static object? Coerce(object? value, Type target)
        {
            if (value == null || target.IsInstanceOfType(value)) return value;
            if (target == typeof(string[]) && value is System.Collections.IEnumerable items && !(value is string))
                return items.Cast<object?>().Select(i => Convert.ToString(i, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            if (target == typeof(string[])) return new[] { Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) };
            if (target == typeof(string)) return Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture);
            return Convert.ChangeType(value, Nullable.GetUnderlyingType(target) ?? target, System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
