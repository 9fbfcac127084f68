using System;

namespace EnodePS.Emulator.Validation
{
    /// <summary>The reference's allowed values for the fields the user, link and schedule endpoints check.</summary>
    public static class ReferenceValues
    {
        public static readonly string[] Vendors =
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

        public static readonly string[] VendorTypes = { "vehicle", "charger", "hvac", "inverter", "battery", "meter" };

        public static readonly string[] Scopes =
        {
            "battery:control:operation_mode", "battery:read:location", "battery:read:data",
            "charger:control:charging", "charger:read:data",
            "hvac:control:mode", "hvac:read:data",
            "inverter:read:data", "inverter:read:location",
            "meter:read:location", "meter:read:data",
            "vehicle:control:charging", "vehicle:read:data", "vehicle:read:location",
        };

        public static readonly string[] LinkLanguages =
        {
            "browser", "da-DK", "de-DE", "en-US", "en-GB", "es-ES", "fi-FI", "fr-FR", "it-IT", "ja-JP", "lv-LV", "lt-LT",
            "nb-NO", "nl-NL", "nl-BE", "pl-PL", "pt-PT", "ro-RO", "sv-SE",
        };

        public static readonly string[] ColorSchemes = { "system", "light", "dark" };

        public static readonly string[] ScheduleTargetTypes = { "vehicle", "charger" };

        public static readonly string[] StatisticsTypes = { "charger", "vehicle", "hvac" };

        public static readonly string[] Resolutions = { "QUARTER_HOUR", "HALF_HOUR", "HOUR", "DAY", "WEEK", "MONTH", "YEAR" };

        /// <summary>The asset type a scope belongs to: "vehicle" for "vehicle:read:data".</summary>
        public static string AssetTypeOf(string scope)
        {
            var colon = scope.IndexOf(':');
            return colon < 0 ? scope : scope.Substring(0, colon);
        }

        public static bool IsVendor(string value) => Array.IndexOf(Vendors, value) >= 0;
    }
}
