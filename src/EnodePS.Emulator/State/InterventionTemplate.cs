using System;
using System.Collections.Generic;
using System.Linq;

namespace EnodePS.Emulator.State
{
    /// <summary>
    /// One kind of intervention (something a user or installer must do before a capability works), offered for a set
    /// of vendors of one vendor type. The catalogue turns each (template, vendor) pair into one intervention.
    /// </summary>
    public sealed class InterventionTemplate
    {
        public InterventionTemplate(string key, string vendorType, string[] vendors, string[] blocks, string domain,
            string access, string agent, string? action, DateTimeOffset introducedAt,
            IReadOnlyDictionary<string, (string Title, string Description)> texts)
        {
            Key = key;
            VendorType = vendorType;
            Vendors = vendors;
            Blocks = blocks;
            Domain = domain;
            Access = access;
            Agent = agent;
            Action = action;
            IntroducedAt = introducedAt;
            Texts = texts;
        }

        public string Key { get; }
        public string VendorType { get; }
        public string[] Vendors { get; }

        /// <summary>The capabilities a device of the vendor lacks until the intervention is done.</summary>
        public string[] Blocks { get; }
        public string Domain { get; }
        public string Access { get; }
        public string Agent { get; }
        public string? Action { get; }
        public DateTimeOffset IntroducedAt { get; }

        /// <summary>Title and Markdown description per language; "{brand}" is replaced by the vendor's brand.</summary>
        public IReadOnlyDictionary<string, (string Title, string Description)> Texts { get; }

        public bool AppliesTo(string vendor) => Vendors.Contains(vendor, StringComparer.Ordinal);

        public List<string> InterventionIdsBlocking(string vendor, string capability) =>
            AppliesTo(vendor) && Blocks.Contains(capability, StringComparer.Ordinal)
                ? new List<string> { InterventionCatalog.IdFor(this, vendor) }
                : new List<string>();
    }
}
