using System.Management.Automation;
using EnodePS.Client.Models;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Tariffs
{
    /// <summary>
    /// <para type="synopsis">Gets tariffs by id, with their named rates.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "EnodeTariff", HelpUri = HelpLinks.Cmdlets + "Get-EnodeTariff.md")]
    [OutputType(typeof(Tariff))]
    public sealed class GetEnodeTariffCommand : ConnectedCmdlet
    {
        /// <summary>Tariff ids; binds the Id or TariffId property of objects from the pipeline.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("TariffId")]
        [ValidateNotNullOrEmpty]
        public string[]? Id { get; set; }

        protected override void Process()
        {
            var connection = ActiveConnection;
            foreach (var id in Id!)
                TryCall(id, () => Output(Call(connection, (client, ct) => client.Tariffs.GetAsync(id, ct))));
        }
    }
}
