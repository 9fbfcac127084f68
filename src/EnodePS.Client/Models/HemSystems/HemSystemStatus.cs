using System;

namespace EnodePS.Client.Models
{
    public sealed class HemSystemStatus
    {
        public DateTimeOffset? LastSeen { get; set; }
        public HemSystemEnergy Energy { get; set; } = new HemSystemEnergy();
    }
}
