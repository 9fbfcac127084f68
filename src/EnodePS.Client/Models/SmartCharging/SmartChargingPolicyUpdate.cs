namespace EnodePS.Client.Models
{
    /// <summary>The body of PUT /vehicles/{vehicleId}/smart-charging-policy: only the fields set are sent.</summary>
    public sealed class SmartChargingPolicyUpdate
    {
        public bool? IsEnabled { get; set; }
        public string? Deadline { get; set; }
        public double? MinimumChargeLimit { get; set; }

        [System.Text.Json.Serialization.JsonIgnore]
        public bool IsEmpty => IsEnabled == null && Deadline == null && MinimumChargeLimit == null;
    }
}
