using System;
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

        /// <summary>Intervention ids; binds Id, InterventionId or the InterventionIds of a capability from the pipeline.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByIdSet, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("InterventionId", "InterventionIds")]
        [AllowEmptyCollection]
        public string[]? Id { get; set; }

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
            var connection = ActiveConnection;
            if (ParameterSetName == ByIdSet)
            {
                foreach (var id in Id ?? Array.Empty<string>())
                    TryCall(id, () => Output(Call(connection, (client, ct) => client.Interventions.GetAsync(id, DeviceType, Vendor, Language, ct))));
                return;
            }

            foreach (var intervention in Call(connection, (client, ct) => client.Interventions.ListAsync(DeviceType, Vendor, Language, ct)))
                Output(intervention);
        }
    }
}
