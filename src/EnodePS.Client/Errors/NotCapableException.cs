using System;
using System.Collections.Generic;

namespace EnodePS.Client.Errors
{
    /// <summary>A device reports that it cannot do what was asked (its capability's isCapable is false); nothing was sent.</summary>
    public sealed class NotCapableException : InvalidOperationException
    {
        public NotCapableException(string message, string deviceType, string deviceId, string capability, IReadOnlyList<string> interventionIds)
            : base(message)
        {
            DeviceType = deviceType;
            DeviceId = deviceId;
            Capability = capability;
            InterventionIds = interventionIds;
        }

        public string DeviceType { get; }
        public string DeviceId { get; }

        /// <summary>The capability's name in the reference, e.g. "startCharging".</summary>
        public string Capability { get; }

        /// <summary>The interventions the user can make to enable it (GET /interventions/{id} explains each).</summary>
        public IReadOnlyList<string> InterventionIds { get; }
    }
}
