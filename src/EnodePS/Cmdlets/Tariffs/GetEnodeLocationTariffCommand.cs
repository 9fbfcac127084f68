using System.Management.Automation;
using EnodePS.Completers;
using EnodePS.Client.Models;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Tariffs
{
    /// <summary>
    /// <para type="synopsis">Gets the tariff schedule linked to locations: one entry per weekday and interval.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "EnodeLocationTariff")]
    [OutputType(typeof(LocationTariffEntry))]
    public sealed class GetEnodeLocationTariffCommand : ConnectedCmdlet
    {
        /// <summary>Location ids; binds the LocationId property of objects from the pipeline.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(LocationIdCompleter))]
        public string[]? LocationId { get; set; }

        protected override void Process()
        {
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
