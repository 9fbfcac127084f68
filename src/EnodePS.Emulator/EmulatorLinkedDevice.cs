namespace EnodePS.Emulator
{
    /// <summary>A device that completing a link (as if the user had logged in at the vendor) gave the user.</summary>
    public sealed class EmulatorLinkedDevice
    {
        public EmulatorLinkedDevice(string id, string userId, string vendor, string vendorType, bool isNew)
        {
            Id = id;
            UserId = userId;
            Vendor = vendor;
            VendorType = vendorType;
            IsNew = isNew;
        }

        /// <summary>The device's id: pipe it to Get-EnodeVehicle and the like.</summary>
        public string Id { get; }
        public string UserId { get; }
        public string Vendor { get; }
        public string VendorType { get; }

        /// <summary>False when the user already had the device and the link only renewed its credentials.</summary>
        public bool IsNew { get; }

        public override string ToString() => Id;
    }
}
