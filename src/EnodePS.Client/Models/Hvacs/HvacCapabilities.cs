using System.Collections.Generic;

namespace EnodePS.Client.Models
{
    /// <summary>The modes and setpoints an HVAC unit accepts, and the controls it supports.</summary>
    public sealed class HvacCapabilities
    {
        public List<string>? CapableModes { get; set; }
        public NumberRange? CoolSetpointRange { get; set; }
        public NumberRange? HeatSetpointRange { get; set; }

        /// <summary>Allowed difference between heat and cool setpoints in AUTO mode.</summary>
        public NumberRange? SetpointDifferenceRange { get; set; }
        public Capability SetFollowSchedule { get; set; } = new Capability();
        public Capability SetPermanentHold { get; set; } = new Capability();
    }
}
