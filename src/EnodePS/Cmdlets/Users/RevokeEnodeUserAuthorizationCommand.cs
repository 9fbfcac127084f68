using System.Management.Automation;
using EnodePS.Completers;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Users
{
    /// <summary>
    /// <para type="synopsis">Deletes a user's vendor credentials, and with them their devices; the user and the rest of their data stay.</para>
    /// </summary>
    [Cmdlet(VerbsSecurity.Revoke, "EnodeUserAuthorization", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RevokeEnodeUserAuthorizationCommand : ConnectedCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(UserIdCompleter))]
        public string[]? UserId { get; set; }

        protected override void Process()
        {
            var connection = ActiveConnection;
            foreach (var userId in UserId!)
            {
                if (!ShouldProcess(userId, "Delete the user's vendor credentials and devices")) continue;
                TryCall(userId, () => Call(connection, (client, ct) => client.Users.DeauthorizeAsync(userId, ct).Done()));
            }
        }
    }
}
