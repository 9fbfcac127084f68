using System;
using System.Text.Json.Serialization;

namespace EnodePS.Client.Models
{
    public sealed class HemSystemDataPoint
    {
        /// <summary>Start of the bucket, with the system's local offset.</summary>
        [JsonPropertyName("t")]
        public DateTimeOffset Time { get; set; }

        /// <summary>The value; null when no data is available.</summary>
        [JsonPropertyName("v")]
        public double? Value { get; set; }
    }
}
