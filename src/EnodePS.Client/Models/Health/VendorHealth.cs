using System.Text.Json.Serialization;

namespace EnodePS.Client.Models
{
    /// <summary>A vendor of one vendor type and whether Enode can reach it and link it now.</summary>
    public sealed class VendorHealth
    {
        /// <summary>The vendor type asked for (vehicle, charger...); set by the client, not sent by the API.</summary>
        [JsonIgnore]
        public string VendorType { get; set; } = "";

        public string Vendor { get; set; } = "";
        public string? DisplayName { get; set; }

        /// <summary>READY, ELEVATED_ERROR_RATE or OUTAGE.</summary>
        public string? Status { get; set; }
        public string? PortalName { get; set; }

        /// <summary>READY, ELEVATED_ERROR_RATE or OUTAGE.</summary>
        public string? LinkingStatus { get; set; }

        public override string ToString() => Vendor;
    }
}
