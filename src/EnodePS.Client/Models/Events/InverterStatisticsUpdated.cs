using System.Text.Json.Serialization;
using EnodePS.Client.Json;

namespace EnodePS.Client.Models.Events
{
    /// <summary>user:inverter:statistics-updated: production statistics of an inverter were backfilled or changed.</summary>
    public sealed class InverterStatisticsUpdated : UserEvent
    {
        /// <summary>inverterId, timezone, year/month/day and resolutions, as a JsonRecord.</summary>
        [JsonConverter(typeof(JsonRecordConverter))]
        public JsonRecord Statistics { get; set; } = new JsonRecord();
    }
}
