namespace EnodePS.Client.Models
{
    public sealed class HvacInformation
    {
        public string? Brand { get; set; }
        public string? Model { get; set; }

        /// <summary>The name the user gave the unit, or one built from vendor and model.</summary>
        public string? DisplayName { get; set; }

        /// <summary>The room or zone the unit belongs to.</summary>
        public string? GroupName { get; set; }

        /// <summary>One of HEATING, COOLING, HEAT_PUMP, AGGREGATOR.</summary>
        public string? Category { get; set; }

        public override string ToString() => DisplayName ?? $"{Brand} {Model}".Trim();
    }
}
