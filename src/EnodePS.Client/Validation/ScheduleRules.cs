using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using EnodePS.Client.Models;

namespace EnodePS.Client.Validation
{
    /// <summary>
    /// Builds and checks schedule rules: clock times as HH:mm, weekdays as names or 0-6 (0 is Monday), timestamps in
    /// UTC with fromTimestamp before toTimestamp, and shouldCharge always given.
    /// </summary>
    public static class ScheduleRules
    {
        /// <summary>The keys a rule written as a dictionary (a PowerShell hashtable) may use, ignoring case.</summary>
        public static readonly IReadOnlyList<string> Keys = new[] { "hourMinute", "from", "to", "weekdays", "weekday", "fromTimestamp", "toTimestamp", "shouldCharge" };

        public static ScheduleRule Create(string? from, string? to, IEnumerable<object?>? weekdays, DateTimeOffset? fromTimestamp,
            DateTimeOffset? toTimestamp, bool shouldCharge, string fromName = "from", string toName = "to", string weekdaysName = "weekdays",
            string toTimestampName = "toTimestamp")
        {
            if ((from == null) != (to == null))
                throw new EnodeValidationException(from == null ? fromName : toName, null, $"both {fromName} and {toName}, as HH:mm clock times (a rule's daily interval needs both ends).");
            var rule = new ScheduleRule
            {
                HourMinute = from == null ? null : new ScheduleHourMinute { From = ClockTime.Check(from, fromName), To = ClockTime.Check(to!, toName) },
                Weekdays = weekdays == null ? null : Weekdays.Check(weekdays, weekdaysName),
                FromTimestamp = fromTimestamp?.ToUniversalTime(),
                ToTimestamp = toTimestamp?.ToUniversalTime(),
                ShouldCharge = shouldCharge,
            };
            if (rule.Weekdays != null && rule.Weekdays.Count == 0)
                throw new EnodeValidationException(weekdaysName, "", "at least one weekday (names Monday to Sunday, or numbers 0 to 6), or none of them to mean every day.");
            if (rule.FromTimestamp.HasValue && rule.ToTimestamp.HasValue && rule.FromTimestamp >= rule.ToTimestamp)
                throw new EnodeValidationException(toTimestampName, rule.ToTimestamp, "a time after fromTimestamp (" + Json.UtcTimestampConverter.Format(rule.FromTimestamp.Value) + ").");
            return rule;
        }

        /// <summary>A rule checked again, as given by a .NET caller or read back from the API.</summary>
        public static ScheduleRule Check(ScheduleRule rule, string parameterName) =>
            Create(rule.HourMinute?.From, rule.HourMinute?.To, rule.Weekdays?.Cast<object?>(), rule.FromTimestamp, rule.ToTimestamp, rule.ShouldCharge,
                parameterName + ".hourMinute.from", parameterName + ".hourMinute.to", parameterName + ".weekdays", parameterName + ".toTimestamp");

        /// <summary>
        /// A rule written as a dictionary, e.g. @{ From = '22:00'; To = '06:00'; Weekdays = 'Mon','Tue'; ShouldCharge = $true }
        /// or with the API's own shape, @{ hourMinute = @{ from = '22:00'; to = '06:00' }; weekdays = 0,1; shouldCharge = $true }.
        /// </summary>
        public static ScheduleRule FromDictionary(IDictionary dictionary, string parameterName) =>
            FromDictionary(Pairs(dictionary)!, parameterName);

        /// <summary>The same, from name/value pairs (such as a JsonRecord made from a PowerShell object).</summary>
        public static ScheduleRule FromDictionary(IEnumerable<KeyValuePair<string, object?>> pairs, string parameterName)
        {
            var values = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
            foreach (var pair in pairs)
            {
                if (!Keys.Contains(pair.Key, StringComparer.OrdinalIgnoreCase))
                    throw new EnodeValidationException(parameterName, pair.Key, "a rule's keys are " + string.Join(", ", Keys) + " (unknown key '" + pair.Key + "').");
                values[pair.Key] = pair.Value;
            }

            string? from = Text(values, "from"), to = Text(values, "to");
            if (values.TryGetValue("hourMinute", out var interval) && interval != null)
            {
                var hourMinute = Pairs(interval)
                    ?? throw new EnodeValidationException(parameterName + ".hourMinute", interval, "a dictionary with from and to, e.g. @{ from = '22:00'; to = '06:00' }.");
                foreach (var entry in hourMinute)
                {
                    if (string.Equals(entry.Key, "from", StringComparison.OrdinalIgnoreCase)) from = Convert.ToString(entry.Value, CultureInfo.InvariantCulture);
                    else if (string.Equals(entry.Key, "to", StringComparison.OrdinalIgnoreCase)) to = Convert.ToString(entry.Value, CultureInfo.InvariantCulture);
                    else throw new EnodeValidationException(parameterName + ".hourMinute", entry.Key, "the keys from and to.");
                }
            }

            if (!values.TryGetValue("shouldCharge", out var should) || !(should is bool shouldCharge))
                throw new EnodeValidationException(parameterName + ".shouldCharge", should, "$true or $false: every rule says whether to charge.");

            var days = values.TryGetValue("weekdays", out var w) ? w : values.TryGetValue("weekday", out var w1) ? w1 : null;
            return Create(from, to, days == null ? null : Sequence(days),
                Timestamp(values, "fromTimestamp", parameterName), Timestamp(values, "toTimestamp", parameterName), shouldCharge,
                parameterName + ".from", parameterName + ".to", parameterName + ".weekdays", parameterName + ".toTimestamp");
        }

        private static IEnumerable<KeyValuePair<string, object?>>? Pairs(object value)
        {
            switch (value)
            {
                case IEnumerable<KeyValuePair<string, object?>> pairs: return pairs;
                case IDictionary dictionary:
                    return dictionary.Cast<DictionaryEntry>().Select(e => new KeyValuePair<string, object?>(Convert.ToString(e.Key, CultureInfo.InvariantCulture) ?? "", e.Value)).ToList();
                default: return null;
            }
        }

        private static string? Text(Dictionary<string, object?> values, string key) =>
            values.TryGetValue(key, out var value) && value != null ? Convert.ToString(value, CultureInfo.InvariantCulture) : null;

        private static IEnumerable<object?> Sequence(object value) =>
            value is string || !(value is IEnumerable list) ? new[] { value } : list.Cast<object?>();

        private static DateTimeOffset? Timestamp(Dictionary<string, object?> values, string key, string parameterName)
        {
            if (!values.TryGetValue(key, out var value) || value == null) return null;
            switch (value)
            {
                case DateTimeOffset offset: return offset.ToUniversalTime();
                case DateTime time: return new DateTimeOffset(time.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(time, DateTimeKind.Local) : time).ToUniversalTime();
                case string text when DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeLocal, out var parsed):
                    return parsed.ToUniversalTime();
            }
            throw new EnodeValidationException(parameterName + "." + key, value, "a date and time, e.g. 2024-12-24T18:00:00Z (sent in UTC).");
        }
    }
}
