namespace EnodePS.Client.Models
{
    /// <summary>How to resolve an intervention, in the language asked for.</summary>
    public sealed class InterventionResolution
    {
        public string? Title { get; set; }

        /// <summary>Markdown.</summary>
        public string? Description { get; set; }

        /// <summary>Remote (in the vendor's app) or Physical (at the device).</summary>
        public string? Access { get; set; }

        /// <summary>User, or ThirdParty when an installer or service partner is needed.</summary>
        public string? Agent { get; set; }

        /// <summary>Link when the user must link the vendor account again; otherwise null.</summary>
        public string? Action { get; set; }

        public override string ToString() => Title ?? "";
    }
}
