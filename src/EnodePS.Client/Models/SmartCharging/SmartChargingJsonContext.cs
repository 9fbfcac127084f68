using System.Text.Json.Serialization;

namespace EnodePS.Client.Models
{
    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        PreferredObjectCreationHandling = JsonObjectCreationHandling.Populate)]
    [JsonSerializable(typeof(SmartChargingPolicy))]
    [JsonSerializable(typeof(SmartChargingPolicyUpdate))]
    [JsonSerializable(typeof(SmartChargingPlan))]
    [JsonSerializable(typeof(SmartChargingStatus))]
    [JsonSerializable(typeof(SmartOverride))]
    internal sealed partial class SmartChargingJsonContext : JsonSerializerContext
    {
    }
}
