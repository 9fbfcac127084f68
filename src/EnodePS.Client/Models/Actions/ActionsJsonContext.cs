using System.Text.Json.Serialization;

namespace EnodePS.Client.Models
{
    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, PreferredObjectCreationHandling = JsonObjectCreationHandling.Populate)]
    [JsonSerializable(typeof(VendorAction))]
    [JsonSerializable(typeof(ChargingRequest))]
    [JsonSerializable(typeof(MaxCurrentRequest))]
    [JsonSerializable(typeof(ChargeRateLimitRequest))]
    [JsonSerializable(typeof(OperationModeRequest))]
    [JsonSerializable(typeof(PermanentHoldRequest))]
    [JsonSerializable(typeof(DeviceLocationRequest))]
    internal sealed partial class ActionsJsonContext : JsonSerializerContext
    {
    }
}
