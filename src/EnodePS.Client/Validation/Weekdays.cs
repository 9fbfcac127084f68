using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using EnodePS.Client.Json;

namespace EnodePS.Client.Validation
{
    /// <summary>
    /// Weekdays as the API numbers them (0 is Monday, 6 is Sunday), read the same way wherever a user gives them
    /// (schedule rules, tariff intervals): numbers, DayOfWeek, English names or abbreviations of two letters or more,
    /// ranges ("Mon-Fri", "0-4") and lists ("Sat,Sun", "0;1", arrays). A day given twice counts once.
    /// </summary>
    public static class Weekdays
    {
        public static readonly IReadOnlyList<string> Names = new[] { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" };

        private const string Allowed = "weekday names (Monday to Sunday, or Mon to Sun) or numbers from 0 (Monday) to 6 (Sunday), also as ranges (Mon-Fri) and lists (Sat,Sun).";

        /// <summary>The days of a parameter, as sorted distinct numbers; a wrong one is an <see cref="EnodeValidationException"/> naming the parameter.</summary>
        public static List<int> Check(IEnumerable<object?> days, string parameterName)
        {
            var result = new SortedSet<int>();
            foreach (var day in days)
                Add(result, day, problem => new EnodeValidationException(parameterName, day, Allowed));
            return result.ToList();
        }

        /// <summary>The days of a data field (a tariff interval's weekdays): null or empty text means every day (null).</summary>
        /// <exception cref="ArgumentException">A wrong day, its message starting with <paramref name="what"/>.</exception>
        public static List<int>? Read(object? value, string what)
        {
            if (value == null || (value is string text && text.Trim().Length == 0)) return null;
            var result = new SortedSet<int>();
            foreach (var item in PlainFields.Items(value))
                if (item != null) Add(result, item, problem => new ArgumentException($"{what}: {problem}"));
            return result.ToList();
        }

        private static void Add(SortedSet<int> days, object? day, Func<string, Exception> error)
        {
            switch (day)
            {
                case DayOfWeek dayOfWeek:
                    days.Add(((int)dayOfWeek + 6) % 7);
                    return;
                case string text:
                    foreach (var part in text.Split(new[] { ',', ';', ' ' }, StringSplitOptions.RemoveEmptyEntries)) AddPart(days, part, error);
                    return;
                default:
                    int number;
                    try
                    {
                        number = Convert.ToInt32(day, CultureInfo.InvariantCulture);
                    }
                    catch (Exception ex) when (ex is FormatException || ex is InvalidCastException || ex is OverflowException)
                    {
                        throw error($"'{day}' is not a weekday from 0 (Monday) to 6 (Sunday).");
                    }
                    days.Add(InRange(number, error));
                    return;
            }
        }

        private static void AddPart(SortedSet<int> days, string part, Func<string, Exception> error)
        {
            var dash = part.IndexOf('-', 1);
            if (dash < 0)
            {
                days.Add(Day(part, error));
                return;
            }
            var first = Day(part.Substring(0, dash), error);
            var last = Day(part.Substring(dash + 1), error);
            if (last < first) throw error($"the range '{part}' runs backwards (0 is Monday, 6 is Sunday).");
            for (var d = first; d <= last; d++) days.Add(d);
        }

        private static int Day(string text, Func<string, Exception> error)
        {
            text = text.Trim();
            if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)) return InRange(number, error);
            var matches = Enumerable.Range(0, Names.Count).Where(i => text.Length >= 2 && Names[i].StartsWith(text, StringComparison.OrdinalIgnoreCase)).ToList();
            if (matches.Count == 1) return matches[0];
            throw error($"'{text}' is not a weekday. Use 0 (Monday) to 6 (Sunday), or names such as Mon, Tuesday, Sat-Sun.");
        }

        private static int InRange(int day, Func<string, Exception> error)
        {
            if (day < 0 || day > 6) throw error($"{day} is not a weekday from 0 (Monday) to 6 (Sunday).");
            return day;
        }
    }
}
