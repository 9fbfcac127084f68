using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace EnodePS.Client.Validation
{
    /// <summary>Weekdays as the API numbers them: 0 is Monday, 6 is Sunday.</summary>
    public static class Weekdays
    {
        public static readonly IReadOnlyList<string> Names = new[] { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" };

        private const string Allowed = "weekday names (Monday to Sunday, or Mon to Sun) or numbers from 0 (Monday) to 6 (Sunday).";

        /// <summary>Names ("Monday", "mon") or numbers 0-6, as sorted distinct numbers.</summary>
        public static List<int> Check(IEnumerable<object?> days, string parameterName)
        {
            var result = new SortedSet<int>();
            foreach (var day in days) result.Add(One(day, parameterName));
            return result.ToList();
        }

        private static int One(object? day, string parameterName)
        {
            switch (day)
            {
                case int number when number >= 0 && number <= 6: return number;
                case long number when number >= 0 && number <= 6: return (int)number;
                case DayOfWeek dayOfWeek: return ((int)dayOfWeek + 6) % 7;
                case string text:
                    var trimmed = text.Trim();
                    if (int.TryParse(trimmed, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) && parsed >= 0 && parsed <= 6) return parsed;
                    for (var i = 0; i < Names.Count; i++)
                        if (trimmed.Length >= 3 && Names[i].StartsWith(trimmed, StringComparison.OrdinalIgnoreCase)) return i;
                    break;
            }
            throw new EnodeValidationException(parameterName, day, Allowed);
        }
    }
}
