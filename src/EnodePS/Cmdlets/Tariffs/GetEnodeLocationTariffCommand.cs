using System.Collections.Generic;
using System.Management.Automation;
using EnodePS.Completers;
using EnodePS.Client.Models;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Tariffs
{
    /// <summary>
    /// <para type="synopsis">Gets the tariff schedule linked to locations: one entry per weekday and interval.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "EnodeLocationTariff", HelpUri = HelpLinks.Cmdlets + "Get-EnodeLocationTariff.md", DefaultParameterSetName = ByIdSet)]
    [OutputType(typeof(LocationTariffEntry))]
    public sealed class GetEnodeLocationTariffCommand : ConnectedCmdlet
    {
        private const string ByIdSet = "ById";
        private const string InputObjectSet = "InputObject";

        /// <summary>Location ids.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ByIdSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(LocationIdCompleter))]
        public string[]? LocationId { get; set; }

        /// <summary>A location (its Id) or a location id string.</summary>
        [Parameter(Mandatory = true, ParameterSetName = InputObjectSet, ValueFromPipeline = true)]
        [ValidateNotNull]
        public PSObject? InputObject { get; set; }

        protected override void Process()
        {
            if (ParameterSetName == InputObjectSet)
            {
                void Bind(string id) => LocationId = new[] { id };
                var rules = PipelineRule.ForKind("Location", "-LocationId", Bind);
                rules.Add(PipelineRule.For("LocationTariffEntry", "LocationId", "-LocationId", Bind));
                if (!BindInput(InputObject!, rules)) return;
            }
            var connection = ActiveConnection;
            foreach (var id in LocationId!)
                TryCall(id, () =>
                {
                    var entries = Call(connection, (client, ct) => client.Tariffs.GetLocationTariffAsync(id, ct));
                    if (entries.Count == 0) Verbose($"Location {id} has no tariff schedule.");
                    foreach (var entry in entries) Output(entry);
                });
        }
    }
}
