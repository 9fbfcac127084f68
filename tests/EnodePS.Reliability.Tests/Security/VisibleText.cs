using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Reflection;
using EnodePS.Emulator;
using EnodePS.PowerShell.Tests.Support;

namespace EnodePS.Reliability.Tests.Security
{
    /// <summary>
    /// Everything a user (or a log, a transcript, ConvertTo-Json) can see of one script run in real PowerShell, as
    /// text: every stream, every error record with its whole exception chain (messages, ToString, Data), and every
    /// output object with the values of its properties two levels deep.
    /// </summary>
    public static class VisibleText
    {
        public static IEnumerable<(string Where, string Text)> Of(ScriptResult result, bool includeOutput = true)
        {
            if (includeOutput)
            {
                yield return ("all text", result.AllText);
                foreach (var item in result.Output.Select((o, i) => (o, i)))
                    foreach (var text in OfObject(item.o, "output[" + item.i + "]", depth: 0)) yield return text;
            }
            foreach (var verbose in result.Verbose) yield return ("verbose", verbose);
            foreach (var debug in result.Debug) yield return ("debug", debug);
            foreach (var warning in result.Warnings) yield return ("warning", warning);
            foreach (var information in result.Information) yield return ("information", information);
            foreach (var progress in result.Progress) yield return ("progress", progress.Activity + " " + progress.StatusDescription + " " + progress.CurrentOperation);
            foreach (var prompt in result.Prompts) yield return ("prompt", prompt);
            foreach (var error in result.AllErrors)
                foreach (var text in OfError(error)) yield return text;
            if (result.TerminatingException != null && !(result.TerminatingException is PipelineStoppedException))
                foreach (var text in OfException(result.TerminatingException, "terminating exception")) yield return text;
        }

        public static IEnumerable<(string Where, string Text)> OfError(ErrorRecord error)
        {
            yield return ("error", error.ToString());
            yield return ("error id", error.FullyQualifiedErrorId + " " + error.CategoryInfo);
            yield return ("error target", Convert.ToString(error.TargetObject, CultureInfo.InvariantCulture) ?? "");
            if (error.ErrorDetails != null) yield return ("error details", error.ErrorDetails.Message + " " + error.ErrorDetails.RecommendedAction);
            foreach (var text in OfException(error.Exception, "error exception")) yield return text;
        }

        public static IEnumerable<(string Where, string Text)> OfException(Exception exception, string where)
        {
            yield return (where + " ToString", exception.ToString());
            for (var e = exception; e != null; e = e.InnerException)
            {
                yield return (where + " message (" + e.GetType().Name + ")", e.Message);
                foreach (DictionaryEntry entry in e.Data) yield return (where + " data", entry.Key + "=" + entry.Value);
                foreach (var property in e.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
                             .Where(p => p.DeclaringType != typeof(Exception) && p.GetIndexParameters().Length == 0 && p.Name != nameof(RuntimeException.ErrorRecord)))
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
            if (value is PSObject wrapped)
            {
                // What PowerShell shows of it: its properties as the session adapts them (note properties of a PSCustomObject too).
                if (depth < 2)
                    foreach (var property in wrapped.Properties)
                        foreach (var text in OfObject(SafeValue(property), where + "." + property.Name, depth + 1)) yield return text;
                if (wrapped.BaseObject is PSCustomObject) yield break;
                value = wrapped.BaseObject;
            }
            if (depth >= 2 || value is string || value.GetType().IsPrimitive || value is Uri || value is DateTimeOffset || value is DateTime) yield break;
            // The emulator object is reachable from connections and running emulators for .NET callers and tests; its own
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

        private static object? SafeValue(PSPropertyInfo property)
        {
            try
            {
                return property.Value;
            }
            catch (Exception ex) when (ex is GetValueException || ex is GetValueInvocationException || ex is ExtendedTypeSystemException)
            {
                return "(" + ex.GetType().Name + ")";
            }
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
