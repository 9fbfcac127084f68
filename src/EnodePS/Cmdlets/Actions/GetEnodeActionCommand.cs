using System.Management.Automation;
using EnodePS.Client.Models;

using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Actions
{
    /// <summary>
    /// <para type="synopsis">Gets actions of vehicles, chargers, HVAC units and batteries as they are now.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "EnodeAction", HelpUri = HelpLinks.Cmdlets + "Get-EnodeAction.md", DefaultParameterSetName = ByIdSet)]
    [OutputType(typeof(VendorAction))]
    public sealed class GetEnodeActionCommand : ActionTargetCmdlet
    {
        protected override void Process()
        {
            var actions = Received();
            var connection = ActiveConnection;
            foreach (var action in actions)
                TryCall(action.Id, () => Output(Call(connection, (client, ct) => client.Actions.GetAsync(action.TargetType, action.Id, ct))));
        }
    }
}
