namespace EnodePS.Client.Models
{
    public sealed class ChargerInformation
    {
        public string? Brand { get; set; }
        public string? Model { get; set; }
        public int? Year { get; set; }

        /// <summary>The serial number, or a vendor id when the charger exposes none.</summary>
        public string? SerialNumber { get; set; }
        public string? ImageUrl { get; set; }

        public override string ToString() => $"{Brand} {Model}".Trim();
    }
}
