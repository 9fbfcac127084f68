using System.Management.Automation;
using EnodePS.Completers;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Users
{
    /// <summary>
    /// <para type="synopsis">Deletes a user's vendor credentials, and with them their devices; the user and the rest of their data stay.</para>
    /// </summary>
    [Cmdlet(VerbsSecurity.Revoke, "EnodeUserAuthorization", HelpUri = HelpLinks.Cmdlets + "Revoke-EnodeUserAuthorization.md", DefaultParameterSetName = ByIdSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RevokeEnodeUserAuthorizationCommand : ConnectedCmdlet
    {
        private const string ByIdSet = "ById";
        private const string InputObjectSet = "InputObject";

        /// <summary>An object from the pipeline, bound by its type (see docs/pipelines.md).</summary>
        [Parameter(Mandatory = true, ParameterSetName = InputObjectSet, ValueFromPipeline = true)]
        [ValidateNotNull]
        public PSObject? InputObject { get; set; }

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ByIdSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(UserIdCompleter))]
        public string[]? UserId { get; set; }

        protected override void Process()
        {
            if (ParameterSetName == InputObjectSet &&
                !BindInput(InputObject!, PipelineRule.ForUser("-UserId", id => UserId = new[] { id }, fromOwnedObjects: false))) return;
            var connection = ActiveConnection;
            foreach (var userId in UserId!)
            {
                if (!ShouldProcess(userId, "Delete the user's vendor credentials and devices")) continue;
                TryCall(userId, () => Call(connection, (client, ct) => client.Users.DeauthorizeAsync(userId, ct).Done()));
            }
        }
    }
}
