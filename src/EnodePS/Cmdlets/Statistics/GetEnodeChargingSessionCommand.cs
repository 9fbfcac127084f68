using System.Management.Automation;
using EnodePS.Client.Models;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Statistics
{
    /// <summary>
    /// <para type="synopsis">Gets a user's charging sessions with their energy, power, price and cost.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "EnodeChargingSession", HelpUri = HelpLinks.Cmdlets + "Get-EnodeChargingSession.md", DefaultParameterSetName = UserSet)]
    [OutputType(typeof(ChargingSession))]
    public sealed class GetEnodeChargingSessionCommand : ChargingStatisticsCmdlet
    {
        protected override void Process()
        {
            if (!(BuildQuery() is var (userId, query))) return;
            var connection = ActiveConnection;
            TryCall(userId, () =>
            {
                foreach (var session in Call(connection, (client, ct) => client.Statistics.GetChargingSessionsAsync(userId, query, ct)))
                    Output(session);
            });
        }
    }
}
