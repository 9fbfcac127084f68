using System.Text.Json.Serialization;

namespace EnodePS.Client.Models.Events
{
    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, PreferredObjectCreationHandling = JsonObjectCreationHandling.Populate)]
    [JsonSerializable(typeof(VehicleDiscovered))]
    [JsonSerializable(typeof(VehicleUpdated))]
    [JsonSerializable(typeof(VehicleDeleted))]
    [JsonSerializable(typeof(ChargerDiscovered))]
    [JsonSerializable(typeof(ChargerUpdated))]
    [JsonSerializable(typeof(ChargerDeleted))]
    [JsonSerializable(typeof(HvacDiscovered))]
    [JsonSerializable(typeof(HvacUpdated))]
    [JsonSerializable(typeof(HvacDeleted))]
    [JsonSerializable(typeof(InverterDiscovered))]
    [JsonSerializable(typeof(InverterUpdated))]
    [JsonSerializable(typeof(InverterDeleted))]
    [JsonSerializable(typeof(BatteryDiscovered))]
    [JsonSerializable(typeof(BatteryUpdated))]
    [JsonSerializable(typeof(BatteryDeleted))]
    [JsonSerializable(typeof(MeterDiscovered))]
    [JsonSerializable(typeof(MeterUpdated))]
    [JsonSerializable(typeof(MeterDeleted))]
    [JsonSerializable(typeof(HemSystemDiscovered))]
    [JsonSerializable(typeof(HemSystemUpdated))]
    [JsonSerializable(typeof(HemSystemDeleted))]
    [JsonSerializable(typeof(VehicleSmartChargingStatusUpdated))]
    [JsonSerializable(typeof(InverterStatisticsUpdated))]
    [JsonSerializable(typeof(CredentialsInvalidated))]
    [JsonSerializable(typeof(VendorActionUpdated))]
    [JsonSerializable(typeof(ChargeActionUpdated))]
    [JsonSerializable(typeof(ScheduleExecutionUpdated))]
    [JsonSerializable(typeof(SystemHeartbeat))]
    [JsonSerializable(typeof(WebhookTestEvent))]
    internal sealed partial class EventsJsonContext : JsonSerializerContext
    {
    }
}
