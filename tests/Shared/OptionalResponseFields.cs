using System;
using System.Collections.Generic;
using System.Linq;

namespace EnodePS.Tests.Shared
{
    /// <summary>
    /// The documented response fields an answer may leave out. The reference marks no response field required or
    /// optional (spec/endpoints.json has <c>required: null</c> for them), so a response field is present by default;
    /// these are the exceptions, each with what in the reference makes it optional. A field absent here is always
    /// answered; any field is answered as null only where its type says "or null" (<see cref="SpecOperations.Field.Nullable"/>).
    /// </summary>
    public static class OptionalResponseFields
    {
        /// <summary>Field paths, matched at the end of a documented path ("data[].rules[].weekdays" ends with "rules[].weekdays").</summary>
        public static readonly IReadOnlyDictionary<string, string> Reasons = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            // "All other properties of the rule are optional filters"; the create request marks each one Optional and
            // types it without "or null": a rule without the filter has no such field.
            ["rules[].hourMinute"] = "an optional filter of a schedule rule (Optional in POST /users/{userId}/schedules)",
            ["rules[].fromTimestamp"] = "an optional filter of a schedule rule (Optional in POST /users/{userId}/schedules)",
            ["rules[].toTimestamp"] = "an optional filter of a schedule rule (Optional in POST /users/{userId}/schedules)",
            ["rules[].weekdays"] = "an optional filter of a schedule rule (Optional in POST /users/{userId}/schedules)",
            // "Time when a delivery to this webhook was last successful", typed string<date-time> without "or null":
            // a webhook no delivery has reached yet has no such time.
            ["lastSuccess"] = "the time of a webhook's last successful delivery, which a new webhook has not had",
        };

        /// <summary>Whether the documented field (dotted path, "[]" for array items) may be absent from an answer.</summary>
        public static bool IsOptional(string documentedPath) =>
            Reasons.Keys.Any(suffix => documentedPath == suffix || documentedPath.EndsWith("." + suffix, StringComparison.Ordinal));
    }
}
