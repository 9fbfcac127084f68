using System;
using System.Collections.Generic;
using EnodePS.Client.Json;
using EnodePS.Client.Models;
using EnodePS.Client.Validation;

namespace EnodePS.Client.Tariffs
{
    /// <summary>
    /// Reads schedule intervals (name, weekdays, from, to) from hashtables, Import-Csv rows, JSON or TariffInterval
    /// objects, normalising times to HH:mm and weekdays to the API's numbers.
    /// </summary>
    public static class TariffIntervals
    {
        /// <summary>
        /// The intervals of a data file's content: a list of intervals, or an object with "intervals" (and, if given, the
        /// "tariffId" they are for, which must be <paramref name="tariffId"/>).
        /// </summary>
        public static List<TariffInterval> ReadFile(object? content, string tariffId, string parameterName) =>
            Read(PlainFields.Items(TariffFile.Values(content, "intervals", "tariffId", tariffId)), parameterName);

        public static List<TariffInterval> Read(IEnumerable<object?> inputs, string parameterName)
        {
            var intervals = new List<TariffInterval>();
            foreach (var input in inputs)
            {
                foreach (var item in PlainFields.Items(input))
                {
                    var where = $"Interval {intervals.Count + 1}";
                    try
                    {
                        intervals.Add(ReadOne(item, where));
                    }
                    catch (ArgumentException ex) when (ex.ParamName == null)
                    {
                        throw new ArgumentException(ex.Message, parameterName);
                    }
                }
            }
            return intervals;
        }

        private static TariffInterval ReadOne(object? item, string where)
        {
            if (item is TariffInterval given)
                return new TariffInterval { Name = given.Name, Weekdays = given.Weekdays, From = given.From, To = given.To };
            if (!PlainFields.IsRecord(item))
                throw new ArgumentException($"{where}: expected an object with name, from, to and optional weekdays, got '{item}'.");

            PlainFields.RejectUnknown(item!, where, "name", "weekdays", "from", "to");
            var name = PlainFields.Text(PlainFields.Get(item!, "name"))?.Trim();
            if (string.IsNullOrEmpty(name)) throw new ArgumentException($"{where}: the name (of a rate of the tariff) is missing.");
            where += $" ('{name}')";
            return new TariffInterval
            {
                Name = name!,
                Weekdays = Weekdays.Read(PlainFields.Get(item!, "weekdays"), where + " weekdays"),
                From = HourMinute.Normalize(Required(item!, "from", where), isEnd: false, where + " from"),
                To = HourMinute.Normalize(Required(item!, "to", where), isEnd: true, where + " to"),
            };
        }

        private static object Required(object item, string field, string where) =>
            PlainFields.Get(item, field) ?? throw new ArgumentException($"{where}: '{field}' is missing (a time as HH:mm).");
    }
}
