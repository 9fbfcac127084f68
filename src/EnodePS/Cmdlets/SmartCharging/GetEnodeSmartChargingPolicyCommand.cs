using System.Management.Automation;
using EnodePS.Completers;
using EnodePS.Client.Models;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.SmartCharging
{
    /// <summary>
    /// <para type="synopsis">Gets vehicles' smart charging policies.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "EnodeSmartChargingPolicy", HelpUri = HelpLinks.Cmdlets + "Get-EnodeSmartChargingPolicy.md")]
    [OutputType(typeof(SmartChargingPolicy))]
    public sealed class GetEnodeSmartChargingPolicyCommand : ConnectedCmdlet
    {
        /// <summary>Vehicle ids; binds the Id of vehicles from the pipeline.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Id")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(VehicleIdCompleter))]
        public string[]? VehicleId { get; set; }

        protected override void Process()
        {
            var connection = ActiveConnection;
            foreach (var id in VehicleId!)
                TryCall(id, () => Output(Call(connection, (client, ct) => client.SmartCharging.GetPolicyAsync(id, ct))));
        }
    }
}
