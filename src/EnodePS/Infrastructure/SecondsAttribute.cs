using System;
using System.Globalization;
using System.Management.Automation;

namespace EnodePS.Infrastructure
{
    /// <summary>
    /// Durations are seconds (docs/conventions.md): a number means seconds. A TimeSpan, or a string such as
    /// "00:05:00", still works for scripts written when these parameters were TimeSpans; it becomes its seconds.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class SecondsAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            var value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
            if (value is TimeSpan span) return span.TotalSeconds;
            if (value is string text && text.Contains(":") && TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var parsed)) return parsed.TotalSeconds;
            return inputData;
        }
    }
}
