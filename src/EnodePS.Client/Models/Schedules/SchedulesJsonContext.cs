using System.Collections.Generic;
using System.Text.Json.Serialization;
using EnodePS.Client.Paging;

namespace EnodePS.Client.Models
{
    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        PreferredObjectCreationHandling = JsonObjectCreationHandling.Populate)]
    [JsonSerializable(typeof(Schedule))]
    [JsonSerializable(typeof(Page<Schedule>))]
    [JsonSerializable(typeof(ScheduleRequest))]
    [JsonSerializable(typeof(List<ScheduleRule>))]
    [JsonSerializable(typeof(ScheduleStatus))]
    internal sealed partial class SchedulesJsonContext : JsonSerializerContext
    {
    }
}
