using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace EnodePS.Emulator.State
{
    /// <summary>
    /// The interventions the emulator knows. Like Enode's, the catalogue is global (the same for every client), so ids
    /// are derived from the template and vendor rather than drawn from the seed.
    /// </summary>
    public static class InterventionCatalog
    {
        public const string DefaultLanguage = "en-US";

        public static readonly string[] Languages =
        {
            "en-US", "en-GB", "de-DE", "fr-FR", "es-ES", "ja-JP", "pt-PT", "lv-LV", "lt-LT", "nl-NL", "nl-BE", "nb-NO",
            "pl-PL", "sv-SE", "da-DK", "fi-FI", "ro-RO",
        };

        private static readonly DateTimeOffset Introduced2023 = new DateTimeOffset(2023, 6, 12, 0, 0, 0, TimeSpan.Zero);
        private static readonly DateTimeOffset Introduced2024 = new DateTimeOffset(2024, 3, 4, 0, 0, 0, TimeSpan.Zero);

        public static readonly InterventionTemplate[] Templates =
        {
            new InterventionTemplate("remote-access", "vehicle",
                new[] { "TESLA", "VOLKSWAGEN", "BMW", "KIA", "HYUNDAI", "NISSAN", "POLESTAR", "AUDI", "RENAULT", "VOLVO" },
                new[] { "startCharging", "stopCharging", "setMaxCurrent" }, "Account", "Remote", "User", null, Introduced2023,
                Texts(("Enable remote services", "Open the **{brand}** app, go to the vehicle's settings and turn on *remote services*. Commands from Enode reach the vehicle only while it is on."),
                      ("Ferndienste aktivieren", "Öffnen Sie die **{brand}**-App und aktivieren Sie in den Fahrzeugeinstellungen die *Ferndienste*."),
                      ("Slå på fjerntjenester", "Åpne **{brand}**-appen og slå på *fjerntjenester* under innstillingene for bilen."))),
            new InterventionTemplate("remote-control", "charger",
                new[] { "ZAPTEC", "EASEE", "WALLBOX", "ALFEN", "KEBA", "GARO" },
                new[] { "startCharging", "stopCharging", "setMaxCurrent" }, "Device", "Physical", "ThirdParty", null, Introduced2023,
                Texts(("Allow remote control of the charger", "Remote control is switched off in the **{brand}** installer settings. Ask the installer who commissioned the charger to enable *remote control / OCPP authorisation*."),
                      ("Fernsteuerung der Ladestation erlauben", "Die Fernsteuerung ist in den **{brand}**-Installationseinstellungen deaktiviert. Bitten Sie Ihren Installateur, sie zu aktivieren."),
                      ("Tillat fjernstyring av laderen", "Fjernstyring er slått av i installatørinnstillingene til **{brand}**. Be installatøren din om å slå det på."))),
            new InterventionTemplate("firmware", "charger",
                new[] { "ZAPTEC", "EASEE", "WALLBOX", "ALFEN", "KEBA", "GARO", "OHME", "MYENERGI" },
                new[] { "setChargeRateLimit" }, "Device", "Remote", "User", null, Introduced2024,
                Texts(("Update the charger's firmware", "This feature needs recent firmware. Update the charger from the **{brand}** app, then wait a few minutes."),
                      ("Firmware der Ladestation aktualisieren", "Diese Funktion benötigt aktuelle Firmware. Aktualisieren Sie die Ladestation in der **{brand}**-App."),
                      ("Oppdater laderens fastvare", "Denne funksjonen krever ny fastvare. Oppdater laderen fra **{brand}**-appen."))),
            new InterventionTemplate("third-party-access", "hvac",
                new[] { "TADO", "NETATMO", "ECOBEE", "NEST", "MILL", "DAIKIN" },
                new[] { "setFollowSchedule", "setPermanentHold" }, "Account", "Remote", "User", "Link", Introduced2023,
                Texts(("Grant control access", "Control access was not granted when the **{brand}** account was linked. Link the account again and allow control."),
                      ("Steuerzugriff gewähren", "Beim Verknüpfen des **{brand}**-Kontos wurde kein Steuerzugriff gewährt. Verknüpfen Sie das Konto erneut."),
                      ("Gi tilgang til styring", "Styringstilgang ble ikke gitt da **{brand}**-kontoen ble koblet til. Koble til kontoen på nytt."))),
            new InterventionTemplate("production-history", "inverter",
                new[] { "SOLAREDGE", "SMA", "FRONIUS", "HUAWEI", "ENPHASE", "GROWATT", "GOODWE", "TESLA", "FOXESS", "GIVENERGY", "SOLAX", "SOLIS" },
                new[] { "productionStatistics" }, "Account", "Remote", "User", "Link", Introduced2024,
                Texts(("Share production history", "Production history is only shared by **{brand}** accounts with the *owner* role. Link the account again using the owner's login."),
                      ("Produktionsverlauf freigeben", "Der Produktionsverlauf wird nur von **{brand}**-Konten mit der Rolle *Eigentümer* geteilt."),
                      ("Del produksjonshistorikk", "Produksjonshistorikk deles bare av **{brand}**-kontoer med rollen *eier*."))),
            new InterventionTemplate("battery-control", "battery",
                new[] { "TESLA", "ENPHASE", "GIVENERGY", "HUAWEI", "SOLAREDGE", "SMA", "FOXESS", "SOLAX", "SOLIS", "SUNGROW" },
                new[] { "exportFocus", "importFocus", "timeOfUse" }, "Device", "Remote", "ThirdParty", null, Introduced2024,
                Texts(("Enable external battery control", "The battery's energy management is locked by the installer. Ask the **{brand}** installer to allow *external control* of the battery."),
                      ("Externe Batteriesteuerung aktivieren", "Das Energiemanagement ist vom Installateur gesperrt. Bitten Sie den **{brand}**-Installateur, die *externe Steuerung* zu erlauben."),
                      ("Slå på ekstern batteristyring", "Energistyringen er låst av installatøren. Be **{brand}**-installatøren om å tillate *ekstern styring*."))),
            new InterventionTemplate("consumption-ct", "meter",
                new[] { "ENPHASE", "GIVENERGY", "HUAWEI", "TESLA", "SMA", "SOLAREDGE", "FOXESS", "SOLAX", "SOLIS" },
                new[] { "measuresConsumption" }, "Device", "Physical", "ThirdParty", null, Introduced2023,
                Texts(("Install a consumption sensor", "The **{brand}** meter only measures production. An electrician can fit a *consumption CT clamp* on the main supply."),
                      ("Verbrauchssensor installieren", "Der **{brand}**-Zähler misst nur die Erzeugung. Eine Elektrofachkraft kann einen *Stromwandler* einbauen."),
                      ("Installer en forbruksmåler", "**{brand}**-måleren måler bare produksjon. En elektriker kan montere en *strømtang* på hovedinntaket."))),
        };

        private static readonly Dictionary<string, (InterventionTemplate Template, string Vendor)> ById = BuildIndex();

        /// <summary>Adds every intervention of the catalogue to the table (once).</summary>
        public static void Seed(EmulatorState state)
        {
            foreach (var template in Templates)
                foreach (var vendor in template.Vendors)
                {
                    var id = IdFor(template, vendor);
                    if (state.Interventions.Find(id) == null)
                        state.Interventions.Add(new Record(id, null, template.IntroducedAt, Build(template, vendor, DefaultLanguage)));
                }
        }

        /// <summary>A template of the vendor type that applies to the vendor, or null when the vendor has none.</summary>
        public static InterventionTemplate? PickFor(string vendorType, string vendor, Random random)
        {
            var candidates = Templates.Where(t => t.VendorType == vendorType && t.AppliesTo(vendor)).ToList();
            return candidates.Count == 0 ? null : candidates[random.Next(candidates.Count)];
        }

        public static string IdFor(InterventionTemplate template, string vendor) => DeterministicIds.FromName("intervention|" + template.Key + "|" + vendor);

        /// <summary>The intervention in the requested language (en-US when it has no translation).</summary>
        public static JsonObject Localize(Record record, string? language)
        {
            if (!ById.TryGetValue(record.Id, out var entry)) return (JsonObject)JsonNode.Parse(record.Body.ToJsonString())!;
            return Build(entry.Template, entry.Vendor, language ?? DefaultLanguage);
        }

        private static JsonObject Build(InterventionTemplate template, string vendor, string language)
        {
            if (!template.Texts.TryGetValue(language, out var text)) text = template.Texts[DefaultLanguage];
            var brand = VendorCatalog.DisplayName(vendor);
            return new JsonObject
            {
                ["id"] = IdFor(template, vendor),
                ["vendor"] = vendor,
                ["vendorType"] = template.VendorType,
                ["brand"] = brand,
                ["introducedAt"] = VehicleFactory.Iso(template.IntroducedAt),
                ["domain"] = template.Domain,
                ["resolution"] = new JsonObject
                {
                    ["title"] = text.Title,
                    ["description"] = text.Description.Replace("{brand}", brand),
                    ["access"] = template.Access,
                    ["agent"] = template.Agent,
                    ["action"] = template.Action,
                },
            };
        }

        private static Dictionary<string, (InterventionTemplate, string)> BuildIndex()
        {
            var index = new Dictionary<string, (InterventionTemplate, string)>(StringComparer.Ordinal);
            foreach (var template in Templates)
                foreach (var vendor in template.Vendors)
                    index[IdFor(template, vendor)] = (template, vendor);
            return index;
        }

        private static IReadOnlyDictionary<string, (string, string)> Texts((string, string) english, (string, string) german, (string, string) norwegian) =>
            new Dictionary<string, (string, string)>(StringComparer.Ordinal)
            {
                ["en-US"] = english,
                ["en-GB"] = english,
                ["de-DE"] = german,
                ["nb-NO"] = norwegian,
            };
    }
}
