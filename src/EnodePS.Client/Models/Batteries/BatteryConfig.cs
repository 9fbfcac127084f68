using System;

namespace EnodePS.Client.Models
{
    public sealed class BatteryConfig
    {
        /// <summary>One of IMPORT_FOCUS, EXPORT_FOCUS, TIME_OF_USE, SELF_RELIANCE, IDLE, UNKNOWN.</summary>
        public string? OperationMode { get; set; }
        public DateTimeOffset? LastUpdated { get; set; }

        public override string ToString() => OperationMode ?? "";
    }
}
