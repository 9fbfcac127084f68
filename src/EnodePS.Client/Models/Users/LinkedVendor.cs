namespace EnodePS.Client.Models
{
    /// <summary>A vendor account a user has linked for one asset type, and whether its credentials still work.</summary>
    public sealed class LinkedVendor
    {
        public string Vendor { get; set; } = "";

        /// <summary>vehicle, charger, hvac, inverter, battery or meter.</summary>
        public string VendorType { get; set; } = "";

        /// <summary>False when the credentials have been invalidated: the user needs to relink (New-EnodeRelinkSession or a new link session).</summary>
        public bool IsValid { get; set; }

        public override string ToString() => $"{Vendor} {VendorType}" + (IsValid ? "" : " (invalid)");
    }
}
