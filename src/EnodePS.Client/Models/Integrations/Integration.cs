using System.Collections.Generic;

namespace EnodePS.Client.Models
{
    /// <summary>A vendor your client can link, with the asset types and scopes it offers and its current status.</summary>
    public sealed class Integration : ApiResource
    {
        public string Vendor { get; set; } = "";
        public string? DisplayName { get; set; }

        /// <summary>vehicle, charger, hvac, inverter, battery, meter.</summary>
        public List<string> AssetTypes { get; set; } = new List<string>();
        public List<string> Scopes { get; set; } = new List<string>();

        /// <summary>READY, ELEVATED_ERROR_RATE or OUTAGE.</summary>
        public string? Status { get; set; }

        /// <summary>The vendor's app or site users log in to.</summary>
        public string? PortalName { get; set; }

        /// <summary>Whether linking works: READY, ELEVATED_ERROR_RATE or OUTAGE.</summary>
        public string? LinkingStatus { get; set; }

        public override string ToString() => Vendor;
    }
}
