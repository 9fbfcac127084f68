using System.Management.Automation;
using EnodePS.Client.Models;
using EnodePS.Completers;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Users
{
    /// <summary>
    /// <para type="synopsis">Deletes users and all their data, for good.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "EnodeUser", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(User))]
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

        /// <summary>Writes each deleted user as it was (read just before deleting it).</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void Process()
        {
            var connection = ActiveConnection;
            foreach (var id in Id!)
            {
                if (!ShouldProcess(id, "Delete the user and all their data")) continue;
                if (!Force.IsPresent && !ShouldContinue(
                        $"Delete the Enode user '{id}' with their devices, locations, schedules and statistics? This cannot be undone.",
                        "Remove Enode user")) continue;
                TryCall(id, () =>
                {
                    var user = PassThru.IsPresent ? Call(connection, (client, ct) => client.Users.GetAsync(id, ct)) : null;
                    Call(connection, (client, ct) => client.Users.DeleteAsync(id, ct).Done());
                    if (user != null) Output(user);
                });
            }
        }
    }
}
