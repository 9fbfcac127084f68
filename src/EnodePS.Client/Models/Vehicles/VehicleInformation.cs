namespace EnodePS.Client.Models
{
    public sealed class VehicleInformation
    {
        public string? Vin { get; set; }
        public string? Brand { get; set; }
        public string? Model { get; set; }
        public int? Year { get; set; }
        public string? DisplayName { get; set; }
        public string? ImageUrl { get; set; }

        public override string ToString() => $"{Brand} {Model}".Trim();
    }
}
