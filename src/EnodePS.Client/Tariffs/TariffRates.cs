using System;
using System.Collections.Generic;
using System.Linq;
using EnodePS.Client.Json;
using EnodePS.Client.Models;

namespace EnodePS.Client.Tariffs
{
    /// <summary>
    /// Reads a tariff's rates from what a script has: rate objects (hashtables, Import-Csv rows, TariffRate objects,
    /// JSON) with name and cost, or one map of name = cost. Checks that names are unique and costs are decimals.
    /// </summary>
    public static class TariffRates
    {
        /// <summary>
        /// The rates of a data file's content: a list or map of rates, or an object with "rates" (and, if given, the "id"
        /// of the tariff it is for, which must be <paramref name="tariffId"/>).
        /// </summary>
        public static List<TariffRate> ReadFile(object? content, string tariffId, string parameterName) =>
            Read(new[] { TariffFile.Values(content, "rates", "id", tariffId) }, parameterName);

        public static List<TariffRate> Read(IEnumerable<object?> inputs, string parameterName)
        {
            var rates = new List<TariffRate>();
            try
            {
                foreach (var input in inputs)
                    foreach (var item in PlainFields.Items(input))
                        ReadItem(item, rates);
            }
            catch (ArgumentException ex) when (ex.ParamName == null)
            {
                throw new ArgumentException(ex.Message, parameterName);
            }
            Validate(rates, parameterName);
            return rates;
        }

        private static void ReadItem(object? item, List<TariffRate> rates)
        {
            if (item is TariffRate rate)
            {
                rates.Add(new TariffRate(rate.Name, TariffCost.Format(rate.Cost, Where(rates.Count, rate.Name))));
                return;
            }
            if (!PlainFields.IsRecord(item))
                throw new ArgumentException($"Rate {rates.Count + 1}: expected an object with name and cost (or a hashtable of name = cost), got '{item}'.");
            if (PlainFields.TryGet(item!, "name", out var name))
            {
                PlainFields.RejectUnknown(item!, Where(rates.Count, PlainFields.Text(name)), "name", "cost");
                rates.Add(Rate(PlainFields.Text(name), PlainFields.Get(item!, "cost"), rates.Count));
                return;
            }
            foreach (var field in PlainFields.Names(item!).ToList())
                rates.Add(Rate(field, PlainFields.Get(item!, field), rates.Count));
        }

        /// <summary>Names present and unique, costs decimal strings with a dot.</summary>
        public static void Validate(IReadOnlyList<TariffRate> rates, string parameterName)
        {
            if (rates.Count == 0) throw new ArgumentException("A tariff needs at least one rate (a name and a cost).", parameterName);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < rates.Count; i++)
            {
                if (string.IsNullOrWhiteSpace(rates[i].Name)) throw new ArgumentException($"Rate {i + 1}: the name is missing.", parameterName);
                if (!seen.Add(rates[i].Name)) throw new ArgumentException($"Rate '{rates[i].Name}' is given twice: rate names are unique within a tariff.", parameterName);
                try
                {
                    TariffCost.Format(rates[i].Cost, Where(i, rates[i].Name));
                }
                catch (ArgumentException ex)
                {
                    throw new ArgumentException(ex.Message, parameterName);
                }
            }
        }

        private static TariffRate Rate(string? name, object? cost, int index)
        {
            if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException($"Rate {index + 1}: the name is missing.");
            return new TariffRate(name!.Trim(), TariffCost.Format(cost, Where(index, name)));
        }

        private static string Where(int index, string? name) => $"Rate {index + 1} ('{name}')";
    }
}
