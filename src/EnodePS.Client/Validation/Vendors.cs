using System;
using System.Collections.Generic;
using System.Linq;

namespace EnodePS.Client.Validation
{
    /// <summary>The vendor names the API accepts when linking and disconnecting (the reference's vendor list).</summary>
    public static class Vendors
    {
        public static readonly IReadOnlyList<string> All = new[]
        {
            "AFORE", "APSYSTEMS", "CSISolar", "Deye", "ENPHASE", "FOXESS", "FRONIUS", "GIVENERGY", "GOODWE", "GROWATT",
            "Hoymiles", "HUAWEI", "INVT", "SMA", "SOFAR", "SOLAREDGE", "SOLARK", "SOLAX", "SOLIS", "SOLPLANET", "SUNGROW",
            "SUNSYNK", "TESLA", "TSUN", "ACURA", "AUDI", "BMW", "HONDA", "HYUNDAI", "JAGUAR", "LANDROVER", "KIA",
            "MERCEDES", "MINI", "NISSAN", "PEUGEOT", "PORSCHE", "RENAULT", "SEAT", "SKODA", "VOLKSWAGEN", "VOLVO", "FORD",
            "OPEL", "DS", "TOYOTA", "LEXUS", "CITROEN", "CUPRA", "VAUXHALL", "FIAT", "RIVIAN", "NIO", "CHEVROLET", "GMC",
            "CADILLAC", "XPENG", "POLESTAR", "SUBARU", "JEEP", "MAZDA", "MG", "CHRYSLER", "DODGE", "RAM", "ALFAROMEO",
            "LANCIA", "LUCID", "BYD", "DACIA", "ALPINE", "TADO", "MILL", "ADAX", "ECOBEE", "SENSIBO", "HONEYWELL",
            "RESIDEO", "MITSUBISHI", "MICROMATIC", "NIBE", "PANASONIC", "TOSHIBA", "DAIKIN", "NEST", "FUJITSU", "BOSCH",
            "NETATMO", "ZAPTEC", "EASEE", "WALLBOX", "EO", "CHARGEAMPS", "GOE", "CHARGEPOINT", "ENELX", "OHME", "GARO",
            "SCHNEIDER", "PODPOINT", "KEBA", "HYPERVOLT", "MYENERGI", "HEIDELBERG", "ALFEN", "ELLI",
        };

        /// <summary>The vendor's name as the API spells it ("tesla" gives "TESLA", "deye" gives "Deye").</summary>
        public static string Canonical(string vendor, string parameterName)
        {
            var match = All.FirstOrDefault(v => string.Equals(v, vendor?.Trim(), StringComparison.OrdinalIgnoreCase));
            if (match == null) throw new EnodeValidationException(parameterName, vendor, "a vendor the API knows: " + string.Join(", ", All) + ".");
            return match;
        }
    }
}
