using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using EnodePS.Cmdlets.Tests.Support;
using EnodePS.Emulator;
using EnodePS.Infrastructure;

namespace EnodePS.Reliability.Tests.Security
{
    /// <summary>
    /// Everything a user (or a log, a transcript, ConvertTo-Json) can see of one cmdlet run, as text: every stream,
    /// every error with its whole exception chain (messages, ToString, Data), and every output object with the
    /// values of its properties two levels deep.
    /// </summary>
    public static class VisibleText
    {
        public static IEnumerable<(string Where, string Text)> Of(RecordingHost host, Exception? escaped, bool includeOutput = true)
        {
            if (includeOutput)
                foreach (var item in host.Output.Select((o, i) => (o, i)))
                    foreach (var text in OfObject(item.o, "output[" + item.i + "]", depth: 0)) yield return text;
            foreach (var verbose in host.Verbose) yield return ("verbose", verbose);
            foreach (var debug in host.Debug) yield return ("debug", debug);
            foreach (var warning in host.Warnings) yield return ("warning", warning);
            foreach (var progress in host.Progress) yield return ("progress", progress.Activity + " " + progress.Status);
            var errors = host.Errors.Concat(host.Terminating == null ? Array.Empty<CmdletError>() : new[] { host.Terminating });
            foreach (var error in errors)
                foreach (var text in OfError(error)) yield return text;
            if (escaped != null)
                foreach (var text in OfException(escaped, "escaped exception")) yield return text;
        }

        public static IEnumerable<(string Where, string Text)> OfError(CmdletError error)
        {
            yield return ("error", error.ToString());
            yield return ("error target", Convert.ToString(error.Target, CultureInfo.InvariantCulture) ?? "");
            if (error.RecommendedAction != null) yield return ("error recommended action", error.RecommendedAction);
            foreach (var text in OfException(error.Exception, "error exception")) yield return text;
        }

        public static IEnumerable<(string Where, string Text)> OfException(Exception exception, string where)
        {
            yield return (where + " ToString", exception.ToString());
            for (var e = exception; e != null; e = e.InnerException)
            {
                yield return (where + " message (" + e.GetType().Name + ")", e.Message);
                foreach (DictionaryEntry entry in e.Data) yield return (where + " data", entry.Key + "=" + entry.Value);
                foreach (var property in e.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.DeclaringType != typeof(Exception) && p.GetIndexParameters().Length == 0))
                    yield return (where + " ." + property.Name, Convert.ToString(SafeGet(property, e), CultureInfo.InvariantCulture) ?? "");
                if (e is AggregateException aggregate)
                    foreach (var inner in aggregate.InnerExceptions.Skip(1))
                        foreach (var text in OfException(inner, where + " inner")) yield return text;
            }
        }

        /// <summary>The object's text and its properties' values, as Format-List or ConvertTo-Json -Depth 2 would show them.</summary>
        public static IEnumerable<(string Where, string Text)> OfObject(object? value, string where, int depth)
        {
            if (value == null) yield break;
            yield return (where, Convert.ToString(value, CultureInfo.InvariantCulture) ?? "");
            if (depth >= 2 || value is string || value.GetType().IsPrimitive || value is Uri || value is DateTimeOffset || value is DateTime) yield break;
            // The emulator object is reachable from connections and RunningEmulator for .NET callers and tests; its own
            // credentials guard nothing but that local emulator (docs/security.md). It is the one object not walked.
            if (value is EnodeEmulator) yield break;
            if (value is IEnumerable items && !(value is IDictionary))
            {
                var i = 0;
                foreach (var item in items.Cast<object?>().Take(50))
                    foreach (var text in OfObject(item, $"{where}[{i++}]", depth + 1)) yield return text;
                yield break;
            }
            foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
                foreach (var text in OfObject(SafeGet(property, value), where + "." + property.Name, depth + 1)) yield return text;
        }

        private static object? SafeGet(PropertyInfo property, object target)
        {
            try
            {
                return property.GetValue(target);
            }
            catch (TargetInvocationException ex)
            {
                return "(" + ex.InnerException?.GetType().Name + ")";
            }
        }
    }
}
