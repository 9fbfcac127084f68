using System;
using EnodePS.Client.Json;

namespace EnodePS.Client.Tariffs
{
    /// <summary>
    /// A tariff data file (-Path) holds either the values themselves or an object that holds them under one member,
    /// beside the id of the tariff it is for (what Get-EnodeTariff and Get-EnodeLocationTariff write out). An id that
    /// is not the tariff being set is refused, so a file for another tariff is never applied.
    /// </summary>
    internal static class TariffFile
    {
        public static object? Values(object? content, string valuesMember, string idMember, string tariffId)
        {
            if (!PlainFields.IsRecord(content) || !PlainFields.TryGet(content!, valuesMember, out var values)) return content;
            var fileTariff = PlainFields.Text(PlainFields.Get(content!, idMember));
            if (fileTariff != null && fileTariff != tariffId) throw new ArgumentException($"the file is for tariff '{fileTariff}', not '{tariffId}'.");
            return values;
        }
    }
}
