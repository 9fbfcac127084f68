using System;
using System.Globalization;

namespace EnodePS.Client.Tariffs
{
    /// <summary>
    /// Costs as the API wants them: decimal strings with a dot, whatever the culture of the machine. Numbers are
    /// formatted in invariant culture; text must already use a dot ("0,25" is refused rather than guessed).
    /// </summary>
    public static class TariffCost
    {
        private const NumberStyles Style = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

        public static string Format(object? cost, string what)
        {
            switch (cost)
            {
                case null:
                    throw new ArgumentException($"{what}: the cost is missing.");
                case decimal m:
                    return m.ToString(CultureInfo.InvariantCulture);
                case double d:
                    if (double.IsNaN(d) || double.IsInfinity(d)) throw new ArgumentException($"{what}: {d} is not a cost.");
                    try
                    {
                        return Convert.ToDecimal(d, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
                    }
                    catch (OverflowException)
                    {
                        throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, "{0}: {1} is too large for a cost (a decimal number of at most 28 digits).", what, d));
                    }
                case float f:
                    return Format((double)f, what);
                case byte _: case sbyte _: case short _: case ushort _: case int _: case uint _: case long _: case ulong _:
                    return Convert.ToDecimal(cost, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
                case string text:
                    var trimmed = text.Trim();
                    if (decimal.TryParse(trimmed, Style, CultureInfo.InvariantCulture, out var parsed) && !trimmed.StartsWith(".") && !trimmed.EndsWith("."))
                        return parsed.ToString(CultureInfo.InvariantCulture);
                    throw new ArgumentException(trimmed.IndexOf(',') >= 0
                        ? $"{what}: '{text}' is not a decimal number; write it with a dot as the decimal separator (e.g. {trimmed.Replace(',', '.')})."
                        : $"{what}: '{text}' is not a decimal number such as 0.25.");
                default:
                    throw new ArgumentException($"{what}: a cost must be a number or a decimal string, not {cost.GetType().Name}.");
            }
        }
    }
}
