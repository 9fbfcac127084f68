using System.Text.Json.Serialization;

namespace EnodePS.Client.Models
{
    // The bodies of the control requests, with the reference's field names.

    internal sealed class ChargingRequest
    {
        public string Action { get; set; } = "";
    }

    internal sealed class MaxCurrentRequest
    {
        public double MaxCurrent { get; set; }
    }

    internal sealed class ChargeRateLimitRequest
    {
        public double ChargeRateLimit { get; set; }
    }

    internal sealed class OperationModeRequest
    {
        public string OperationMode { get; set; } = "";
    }

    internal sealed class PermanentHoldRequest
    {
        public string Mode { get; set; } = "";

        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public double? HeatSetpoint { get; set; }

        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public double? CoolSetpoint { get; set; }
    }

    /// <summary>The PUT body of chargers and HVAC units: a null locationId (written out) takes the device off its location.</summary>
    internal sealed class DeviceLocationRequest
    {
        public string? LocationId { get; set; }
    }
}
