using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using EnodePS.Client.Json;

namespace EnodePS.Client.Tariffs
{
    /// <summary>
    /// Weekdays as the API numbers them (0 Monday to 6 Sunday), read from numbers, English day names or abbreviations,
    /// ranges ("Mon-Fri", "0-4") and lists ("0,1,2", "Sat;Sun", arrays). Nothing (null, empty) means every day.
    /// </summary>
    public static class Weekdays
    {
        private static readonly string[] Names = { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" };

        public static List<int>? Read(object? value, string what)
        {
            if (value == null) return null;
            var days = new List<int>();
            foreach (var item in PlainFields.Items(value))
            {
                if (item == null) continue;
                if (item is string text)
                {
                    foreach (var part in text.Split(new[] { ',', ';', ' ' }, StringSplitOptions.RemoveEmptyEntries)) AddPart(days, part, what);
                }
                else
                {
                    Add(days, Number(item, what), what);
                }
            }
            return days.Count == 0 && IsEmptyText(value) ? null : days.OrderBy(d => d).ToList();
        }

        private static bool IsEmptyText(object value) => value is string s && s.Trim().Length == 0;

        private static void AddPart(List<int> days, string part, string what)
        {
            var dash = part.IndexOf('-', 1);
            if (dash > 0)
            {
                var first = Day(part.Substring(0, dash), what);
                var last = Day(part.Substring(dash + 1), what);
                if (last < first) throw new ArgumentException($"{what}: the range '{part}' runs backwards (0 is Monday, 6 is Sunday).");
                for (var d = first; d <= last; d++) Add(days, d, what);
                return;
            }
            Add(days, Day(part, what), what);
        }

        private static int Day(string text, string what)
        {
            text = text.Trim();
            if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)) return Check(number, what);
            var lower = text.ToLowerInvariant();
            var matches = Enumerable.Range(0, Names.Length).Where(i => lower.Length >= 2 && Names[i].StartsWith(lower, StringComparison.Ordinal)).ToList();
            if (matches.Count == 1) return matches[0];
            throw new ArgumentException($"{what}: '{text}' is not a weekday. Use 0 (Monday) to 6 (Sunday), or names such as Mon, Tuesday, Sat-Sun.");
        }

        private static int Number(object value, string what)
        {
            try
            {
                return Check(Convert.ToInt32(value, CultureInfo.InvariantCulture), what);
            }
            catch (Exception ex) when (ex is FormatException || ex is InvalidCastException || ex is OverflowException)
            {
                throw new ArgumentException($"{what}: '{value}' is not a weekday from 0 (Monday) to 6 (Sunday).");
            }
        }

        private static int Check(int day, string what)
        {
            if (day < 0 || day > 6) throw new ArgumentException($"{what}: {day} is not a weekday from 0 (Monday) to 6 (Sunday).");
            return day;
        }

        private static void Add(List<int> days, int day, string what)
        {
            if (days.Contains(day)) throw new ArgumentException($"{what}: {Models.WeekdayNames.Long(day)} is listed twice.");
            days.Add(day);
        }
    }
}
