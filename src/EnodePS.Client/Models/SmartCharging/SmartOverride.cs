using System;

namespace EnodePS.Client.Models
{
    /// <summary>"Charge now" for a target under smart charging or a schedule, until the target stops charging or the override is ended.</summary>
    public sealed class SmartOverride : ApiResource
    {
        public DateTimeOffset CreatedAt { get; set; }

        /// <summary>Null while the override is active.</summary>
        public DateTimeOffset? EndedAt { get; set; }

        /// <summary>vehicle or charger.</summary>
        public string TargetType { get; set; } = "";
        public string TargetId { get; set; } = "";

        /// <summary>The action that starts charging, to follow with the vehicle or charger action cmdlets; may be null.</summary>
        public string? VendorActionId { get; set; }

        /// <summary>Given by the override endpoints; not part of the copy embedded in statuses.</summary>
        public string? UserId { get; set; }
        public string? Vendor { get; set; }

        public bool IsActive => EndedAt == null;

        public override string ToString() => IsActive ? $"active since {CreatedAt:u}" : $"ended {EndedAt:u}";
    }
}
