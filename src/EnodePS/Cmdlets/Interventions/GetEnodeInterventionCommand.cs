using System;
using System.Collections.Generic;
using System.Management.Automation;
using EnodePS.Completers;
using EnodePS.Client;
using EnodePS.Client.Models;
using EnodePS.Client.Resources;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Interventions
{
    /// <summary>
    /// <para type="synopsis">Gets interventions: what a user or installer must do before a device capability works.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "EnodeIntervention", HelpUri = HelpLinks.Cmdlets + "Get-EnodeIntervention.md", DefaultParameterSetName = ListSet)]
    [OutputType(typeof(Intervention))]
    public sealed class GetEnodeInterventionCommand : ConnectedCmdlet
    {
        private const string ListSet = "List";
        private const string ByIdSet = "ById";
        private const string InputObjectSet = "InputObject";
        private IReadOnlyList<PipelineRule>? _rules;
        private readonly List<string> _pipedIds = new List<string>();

        /// <summary>Intervention ids.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByIdSet, Position = 0)]
        [Alias("InterventionId", "InterventionIds")]
        [AllowEmptyCollection]
        public string[]? Id { get; set; }

        /// <summary>
        /// An intervention, an intervention id, or a device capability (the interventions it needs, none when it is
        /// capable); any other object is refused.
        /// </summary>
        [Parameter(Mandatory = true, ParameterSetName = InputObjectSet, ValueFromPipeline = true)]
        [ValidateNotNull]
        public PSObject? InputObject { get; set; }

        /// <summary>Only interventions for this vendor type (listing, or getting by id).</summary>
        [Parameter]
        [Alias("VendorType")]
        [ValidateSet("vehicle", "charger", "hvac", "inverter", "battery", "meter", IgnoreCase = true)]
        [ArgumentCompleter(typeof(VendorTypeCompleter))]
        public string? DeviceType { get; set; }

        /// <summary>Only interventions for this vendor, e.g. TESLA (listing, or getting by id).</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(VendorCompleter))]
        public string? Vendor { get; set; }

        /// <summary>The language of titles and descriptions (BCP 47, e.g. de-DE); en-US when omitted.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(LanguageCompleter))]
        public string? Language { get; set; }

        protected override void Begin()
        {
            // -Language has no [ValidateSet] (a completer offers the languages): this check is the only one.
            if (Language != null && !AllowedValues.TryNormalize(Language, InterventionsResource.Languages, out _))
                InvalidParameter(nameof(Language), Language, "allowed values are " + string.Join(", ", InterventionsResource.Languages) + ".");
        }

        protected override void Process()
        {
            var ids = Id ?? Array.Empty<string>();
            if (ParameterSetName == InputObjectSet)
            {
                _pipedIds.Clear();
                if (!BindInput(InputObject!, _rules ??= Rules())) return;
                ids = _pipedIds.ToArray();
            }
            var connection = ActiveConnection;
            if (ParameterSetName != ListSet)
            {
                foreach (var id in ids)
                    TryCall(id, () => Output(Call(connection, (client, ct) => client.Interventions.GetAsync(id, DeviceType, Vendor, Language, ct))));
                return;
            }

            foreach (var intervention in Call(connection, (client, ct) => client.Interventions.ListAsync(DeviceType, Vendor, Language, ct)))
                Output(intervention);
        }
    

        private IReadOnlyList<PipelineRule> Rules()
        {
            Action<string> bind = id => _pipedIds.Add(id);
            // A capability's InterventionIds is a list: the rule's property only tells that it has one, the ids are read here.
            Action<string> bindCapability = _ =>
            {
                foreach (var id in LanguagePrimitives.GetEnumerable(InputObject!.Properties["InterventionIds"]?.Value) ?? Array.Empty<object>())
                    if (id != null) _pipedIds.Add(id.ToString()!);
            };
            var rules = PipelineRule.ForKind("Intervention", "-Id", bind);
            rules.Add(PipelineRule.For("Capability", "InterventionIds", "-Id", bindCapability));
            rules.Add(PipelineRule.For("ChargeRateLimitCapability", "InterventionIds", "-Id", bindCapability));
            return rules;
        }
    }
}
