using System.Collections.Generic;
using System.Management.Automation;
using EnodePS.Client.Models;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Tariffs
{
    /// <summary>
    /// <para type="synopsis">Gets tariffs by id, with their named rates.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "EnodeTariff", HelpUri = HelpLinks.Cmdlets + "Get-EnodeTariff.md", DefaultParameterSetName = ByIdSet)]
    [OutputType(typeof(Tariff))]
    public sealed class GetEnodeTariffCommand : ConnectedCmdlet
    {
        private const string ByIdSet = "ById";
        private const string InputObjectSet = "InputObject";

        /// <summary>Tariff ids.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ByIdSet)]
        [Alias("TariffId")]
        [ValidateNotNullOrEmpty]
        public string[]? Id { get; set; }

        /// <summary>A tariff (its Id), a location's tariff entry (its TariffId) or a tariff id string from the pipeline (see docs/pipelines.md).</summary>
        [Parameter(Mandatory = true, ParameterSetName = InputObjectSet, ValueFromPipeline = true)]
        [ValidateNotNull]
        public PSObject? InputObject { get; set; }

        protected override void Process()
        {
            if (ParameterSetName == InputObjectSet)
            {
                void Bind(string id) => Id = new[] { id };
                var rules = new List<PipelineRule>(PipelineRule.ForKind("Tariff", "-Id", Bind)) { PipelineRule.For("LocationTariffEntry", "TariffId", "-Id", Bind) };
                if (!BindInput(InputObject!, rules)) return;
            }
            var connection = ActiveConnection;
            foreach (var id in Id!)
                TryCall(id, () => Output(Call(connection, (client, ct) => client.Tariffs.GetAsync(id, ct))));
        }
    }
}
