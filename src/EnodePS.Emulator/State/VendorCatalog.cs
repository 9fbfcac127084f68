using System;
using System.Collections.Generic;
using System.Linq;

namespace EnodePS.Emulator.State
{
    /// <summary>Every vendor the reference lists, per vendor type, with the names users know it by and the scopes per type.</summary>
    public static class VendorCatalog
    {
        public static readonly IReadOnlyDictionary<string, string[]> VendorsByType = new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["vehicle"] = new[]
            {
                "ACURA", "AUDI", "BMW", "HONDA", "HYUNDAI", "JAGUAR", "LANDROVER", "KIA", "MERCEDES", "MINI", "NISSAN", "PEUGEOT",
                "PORSCHE", "RENAULT", "SEAT", "SKODA", "TESLA", "VOLKSWAGEN", "VOLVO", "FORD", "OPEL", "DS", "TOYOTA", "LEXUS",
                "CITROEN", "CUPRA", "VAUXHALL", "FIAT", "RIVIAN", "NIO", "CHEVROLET", "GMC", "CADILLAC", "XPENG", "POLESTAR",
                "SUBARU", "JEEP", "MAZDA", "MG", "CHRYSLER", "DODGE", "RAM", "ALFAROMEO", "LANCIA", "LUCID", "BYD", "DACIA", "ALPINE",
            },
            ["charger"] = new[]
            {
                "ZAPTEC", "EASEE", "WALLBOX", "EO", "CHARGEAMPS", "GOE", "CHARGEPOINT", "ENELX", "TESLA", "OHME", "GARO", "SCHNEIDER",
                "PODPOINT", "KEBA", "HYPERVOLT", "MYENERGI", "HEIDELBERG", "ALFEN", "ELLI",
            },
            ["hvac"] = new[]
            {
                "TADO", "MILL", "ADAX", "ECOBEE", "SENSIBO", "HONEYWELL", "RESIDEO", "MITSUBISHI", "MICROMATIC", "NIBE", "PANASONIC",
                "TOSHIBA", "DAIKIN", "NEST", "FUJITSU", "BOSCH", "NETATMO",
            },
            ["inverter"] = new[]
            {
                "AFORE", "APSYSTEMS", "CSISolar", "Deye", "ENPHASE", "FOXESS", "FRONIUS", "GIVENERGY", "GOODWE", "GROWATT", "Hoymiles",
                "HUAWEI", "INVT", "SMA", "SOFAR", "SOLAREDGE", "SOLARK", "SOLAX", "SOLIS", "SOLPLANET", "SUNGROW", "SUNSYNK", "TESLA", "TSUN",
            },
            ["battery"] = new[] { "TESLA", "ENPHASE", "GIVENERGY", "HUAWEI", "SOLAREDGE", "SMA", "FOXESS", "SOLAX", "SOLIS", "SUNGROW" },
            ["meter"] = new[] { "ENPHASE", "GIVENERGY", "HUAWEI", "TESLA", "SMA", "SOLAREDGE", "FOXESS", "SOLAX", "SOLIS" },
        };

        /// <summary>Vendors of HEM systems (not a vendor type of its own).</summary>
        public static readonly string[] HemSystemVendors = { "SOLAREDGE", "FOXESS", "SMA", "TESLA", "GIVENERGY", "SOLAX", "SOLIS", "HUAWEI", "ENPHASE" };

        public static readonly IReadOnlyDictionary<string, string[]> ScopesByType = new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["vehicle"] = new[] { "vehicle:read:data", "vehicle:read:location", "vehicle:control:charging" },
            ["charger"] = new[] { "charger:read:data", "charger:control:charging" },
            ["hvac"] = new[] { "hvac:read:data", "hvac:control:mode" },
            ["inverter"] = new[] { "inverter:read:data", "inverter:read:location" },
            ["battery"] = new[] { "battery:read:data", "battery:read:location", "battery:control:operation_mode" },
            ["meter"] = new[] { "meter:read:data", "meter:read:location" },
        };

        // vendor -> (display name, portal name); a missing portal name means the portal carries the brand's name.
        private static readonly Dictionary<string, (string Display, string? Portal)> Names = new Dictionary<string, (string, string?)>(StringComparer.Ordinal)
        {
            ["ACURA"] = ("Acura", "AcuraLink"), ["AUDI"] = ("Audi", "myAudi"), ["BMW"] = ("BMW", "My BMW"), ["HONDA"] = ("Honda", "My Honda+"),
            ["HYUNDAI"] = ("Hyundai", "Bluelink"), ["JAGUAR"] = ("Jaguar", "InControl"), ["LANDROVER"] = ("Land Rover", "InControl"),
            ["KIA"] = ("Kia", "Kia Connect"), ["MERCEDES"] = ("Mercedes-Benz", "Mercedes me"), ["MINI"] = ("MINI", "MINI App"),
            ["NISSAN"] = ("Nissan", "NissanConnect"), ["PEUGEOT"] = ("Peugeot", "MyPeugeot"), ["PORSCHE"] = ("Porsche", "My Porsche"),
            ["RENAULT"] = ("Renault", "My Renault"), ["SEAT"] = ("SEAT", "My SEAT"), ["SKODA"] = ("Škoda", "MyŠkoda"),
            ["TESLA"] = ("Tesla", null), ["VOLKSWAGEN"] = ("Volkswagen", "Volkswagen ID"), ["VOLVO"] = ("Volvo", "Volvo Cars"),
            ["FORD"] = ("Ford", "FordPass"), ["OPEL"] = ("Opel", "myOpel"), ["DS"] = ("DS", "MyDS"), ["TOYOTA"] = ("Toyota", "MyToyota"),
            ["LEXUS"] = ("Lexus", "Lexus Link"), ["CITROEN"] = ("Citroën", "MyCitroën"), ["CUPRA"] = ("CUPRA", "My CUPRA"),
            ["VAUXHALL"] = ("Vauxhall", "MyVauxhall"), ["FIAT"] = ("Fiat", "FIAT"), ["RIVIAN"] = ("Rivian", null), ["NIO"] = ("NIO", null),
            ["CHEVROLET"] = ("Chevrolet", "myChevrolet"), ["GMC"] = ("GMC", "myGMC"), ["CADILLAC"] = ("Cadillac", "myCadillac"),
            ["XPENG"] = ("XPENG", null), ["POLESTAR"] = ("Polestar", null), ["SUBARU"] = ("Subaru", "MySubaru"), ["JEEP"] = ("Jeep", "Jeep"),
            ["MAZDA"] = ("Mazda", "MyMazda"), ["MG"] = ("MG", "iSMART"), ["CHRYSLER"] = ("Chrysler", "Uconnect"), ["DODGE"] = ("Dodge", "Uconnect"),
            ["RAM"] = ("Ram", "Uconnect"), ["ALFAROMEO"] = ("Alfa Romeo", "My Alfa Connect"), ["LANCIA"] = ("Lancia", null),
            ["LUCID"] = ("Lucid", null), ["BYD"] = ("BYD", null), ["DACIA"] = ("Dacia", "My Dacia"), ["ALPINE"] = ("Alpine", null),

            ["ZAPTEC"] = ("Zaptec", null), ["EASEE"] = ("Easee", null), ["WALLBOX"] = ("Wallbox", "myWallbox"), ["EO"] = ("EO Charging", "EO"),
            ["CHARGEAMPS"] = ("Charge Amps", null), ["GOE"] = ("go-e", "go-e Charger"), ["CHARGEPOINT"] = ("ChargePoint", null),
            ["ENELX"] = ("Enel X Way", "JuiceBox"), ["OHME"] = ("Ohme", null), ["GARO"] = ("GARO", "GARO Connect"),
            ["SCHNEIDER"] = ("Schneider Electric", "Wiser"), ["PODPOINT"] = ("Pod Point", null), ["KEBA"] = ("KEBA", "KEBA eMobility"),
            ["HYPERVOLT"] = ("Hypervolt", null), ["MYENERGI"] = ("myenergi", null), ["HEIDELBERG"] = ("Heidelberg", "Wallbox Energy Control"),
            ["ALFEN"] = ("Alfen", "MyEve"), ["ELLI"] = ("Elli", null),

            ["TADO"] = ("tado°", null), ["MILL"] = ("Mill", null), ["ADAX"] = ("Adax", null), ["ECOBEE"] = ("ecobee", null),
            ["SENSIBO"] = ("Sensibo", null), ["HONEYWELL"] = ("Honeywell Home", "Total Connect Comfort"), ["RESIDEO"] = ("Resideo", null),
            ["MITSUBISHI"] = ("Mitsubishi Electric", "MELCloud"), ["MICROMATIC"] = ("Micro Matic", null), ["NIBE"] = ("NIBE", "myUplink"),
            ["PANASONIC"] = ("Panasonic", "Comfort Cloud"), ["TOSHIBA"] = ("Toshiba", "Toshiba Home AC Control"), ["DAIKIN"] = ("Daikin", "Daikin Onecta"),
            ["NEST"] = ("Google Nest", "Google Home"), ["FUJITSU"] = ("Fujitsu", "FGLair"), ["BOSCH"] = ("Bosch", "Bosch HomeCom"), ["NETATMO"] = ("Netatmo", null),

            ["AFORE"] = ("Afore", null), ["APSYSTEMS"] = ("APsystems", "EMA"), ["CSISolar"] = ("CSI Solar", "CSI Cloud"), ["Deye"] = ("Deye", "Deye Cloud"),
            ["ENPHASE"] = ("Enphase", "Enlighten"), ["FOXESS"] = ("FoxESS", "FoxCloud"), ["FRONIUS"] = ("Fronius", "Solar.web"),
            ["GIVENERGY"] = ("GivEnergy", null), ["GOODWE"] = ("GoodWe", "SEMS Portal"), ["GROWATT"] = ("Growatt", "ShinePhone"),
            ["Hoymiles"] = ("Hoymiles", "S-Miles Cloud"), ["HUAWEI"] = ("Huawei", "FusionSolar"), ["INVT"] = ("INVT", "INVT Solar"),
            ["SMA"] = ("SMA", "Sunny Portal"), ["SOFAR"] = ("Sofar", "SOFAR Cloud"), ["SOLAREDGE"] = ("SolarEdge", "mySolarEdge"),
            ["SOLARK"] = ("Sol-Ark", "PowerView"), ["SOLAX"] = ("SolaX", "SolaX Cloud"), ["SOLIS"] = ("Solis", "SolisCloud"),
            ["SOLPLANET"] = ("Solplanet", null), ["SUNGROW"] = ("Sungrow", "iSolarCloud"), ["SUNSYNK"] = ("Sunsynk", "Sunsynk Connect"),
            ["TSUN"] = ("TSUN", "TSUN Smart"),
        };

        public static bool IsVendorType(string vendorType) => VendorsByType.ContainsKey(vendorType);

        public static bool IsVendor(string vendor) => Names.ContainsKey(vendor);

        public static string DisplayName(string vendor) =>
            Names.TryGetValue(vendor, out var names) ? names.Display : vendor.Substring(0, 1) + vendor.Substring(1).ToLowerInvariant();

        public static string PortalName(string vendor) =>
            Names.TryGetValue(vendor, out var names) ? names.Portal ?? names.Display : DisplayName(vendor);

        /// <summary>The vendor types a vendor appears in, in the reference's order of types.</summary>
        public static IEnumerable<string> TypesOf(string vendor) =>
            DeviceFactories.VendorTypes.Where(t => VendorsByType[t].Contains(vendor, StringComparer.Ordinal));

        /// <summary>Every vendor once, in first-appearance order over the types.</summary>
        public static IEnumerable<string> AllVendors =>
            DeviceFactories.VendorTypes.SelectMany(t => VendorsByType[t]).Distinct(StringComparer.Ordinal);
    }
}
