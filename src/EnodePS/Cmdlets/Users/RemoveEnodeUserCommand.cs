using System.Management.Automation;
using EnodePS.Client.Models;
using EnodePS.Completers;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Users
{
    /// <summary>
    /// <para type="synopsis">Deletes users and all their data, for good.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "EnodeUser", HelpUri = HelpLinks.Cmdlets + "Remove-EnodeUser.md", DefaultParameterSetName = ByIdSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(User))]
    public sealed class RemoveEnodeUserCommand : ConnectedCmdlet
    {
        private const string ByIdSet = "ById";
        private const string InputObjectSet = "InputObject";

        /// <summary>An object from the pipeline, bound by its type (see docs/pipelines.md).</summary>
        [Parameter(Mandatory = true, ParameterSetName = InputObjectSet, ValueFromPipeline = true)]
        [ValidateNotNull]
        public PSObject? InputObject { get; set; }

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ByIdSet)]
        [Alias("UserId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(UserIdCompleter))]
        public string[]? Id { get; set; }

        /// <summary>Deletes without a prompt (-WhatIf, and an explicit -Confirm, still apply).</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <summary>Writes each deleted user as it was (read just before deleting it).</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void Process()
        {
            if (ParameterSetName == InputObjectSet &&
                !BindInput(InputObject!, PipelineRule.ForUser("-Id", id => Id = new[] { id }, fromOwnedObjects: false))) return;
            var connection = ActiveConnection;
            foreach (var id in Id!)
            {
                if (!ShouldProcessUnlessForced(Force.IsPresent, id, "Delete the user and all their data (devices, locations, schedules, statistics); this cannot be undone")) continue;
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
