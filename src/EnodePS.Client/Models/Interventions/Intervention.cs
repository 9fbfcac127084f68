using System;

namespace EnodePS.Client.Models
{
    /// <summary>Something a user (or an installer) must do before a device capability works, and how.</summary>
    public sealed class Intervention : ApiResource
    {
        public string Id { get; set; } = "";
        public string Vendor { get; set; } = "";

        /// <summary>vehicle, charger, hvac, inverter, battery or meter.</summary>
        public string VendorType { get; set; } = "";
        public string? Brand { get; set; }
        public DateTimeOffset? IntroducedAt { get; set; }

        /// <summary>Account (the vendor account) or Device (a setting on the device).</summary>
        public string? Domain { get; set; }
        public InterventionResolution Resolution { get; set; } = new InterventionResolution();

        public override string ToString() => Resolution.Title ?? Id;
    }
}
