using System.Management.Automation;
using EnodePS.Completers;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Users
{
    /// <summary>
    /// <para type="synopsis">Deletes users and all their data, for good.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "EnodeUser", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveEnodeUserCommand : ConnectedCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("UserId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(UserIdCompleter))]
        public string[]? Id { get; set; }

        /// <summary>Deletes without asking again (-WhatIf and -Confirm still apply).</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void Process()
        {
            var connection = ActiveConnection;
            foreach (var id in Id!)
            {
                if (!ShouldProcess(id, "Delete the user and all their data")) continue;
                if (!Force.IsPresent && !ShouldContinue(
                        $"Delete the Enode user '{id}' with their devices, locations, schedules and statistics? This cannot be undone.",
                        "Remove Enode user")) continue;
                TryCall(id, () => Call(connection, (client, ct) => client.Users.DeleteAsync(id, ct).Done()));
            }
        }
    }
}
