using System;
using System.Management.Automation;
using EnodePS.Client.Errors;
using EnodePS.Client.Models;
using EnodePS.Client.Provisioning;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Provisioning
{
    /// <summary>
    /// <para type="synopsis">Makes webhooks, tariffs and location tariff schedules match a desired-state file: idempotent, for CI pipelines.</para>
    /// </summary>
    [Cmdlet(VerbsLifecycle.Invoke, "EnodeProvisioning", HelpUri = HelpLinks.Cmdlets + "Invoke-EnodeProvisioning.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(ProvisioningResult))]
    public sealed class InvokeEnodeProvisioningCommand : ConnectedCmdlet
    {
        /// <summary>The desired-state file: .psd1 or .json.</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string? Path { get; set; }

        /// <summary>Also deletes registered webhooks that the file does not declare.</summary>
        [Parameter]
        public SwitchParameter Prune { get; set; }

        /// <summary>Sends webhook secrets and header values even when nothing else changed (they cannot be read back to compare).</summary>
        [Parameter]
        public SwitchParameter UpdateSecret { get; set; }

        protected override void Process()
        {
            ProvisioningDocument document = null!;
            try
            {
                document = ProvisioningDocument.FromPlain(DataFile.Read(this, Path!), System.IO.Path.GetFileName(Path!));
            }
            catch (ProvisioningFileException ex)
            {
                Terminate(ErrorMapper.Record(ex, "EnodeProvisioningFileInvalid", ErrorCategory.InvalidData, Path, "Correct the file and run again; nothing was changed."));
            }

            var connection = ActiveConnection;
            var options = new ProvisioningOptions
            {
                Prune = Prune.IsPresent,
                SendSecrets = UpdateSecret.IsPresent,
                Resolvers = new SecretResolvers(new EnvironmentSecretResolver(System.Environment.GetEnvironmentVariable)),
            };

            ProvisioningPlan plan = null!;
            try
            {
                plan = Call(connection, (client, ct) => ProvisioningPlanner.PlanAsync(client, document, options, ct));
            }
            catch (ProvisioningFailedException ex)
            {
                Terminate(Failure(ex, ex.Resource, ex.InnerException, "Nothing was changed."));
            }
            Verbose($"{document.Source}: {plan.Steps.Count} resources, {(plan.HasChanges ? "changes to make" : "all as declared")}.");

            foreach (var step in plan.Steps)
            {
                if (step.Note != null) WriteWarning($"{step.Target}: {step.Note}.");
                if (step.Action == ProvisioningAction.Unchanged)
                {
                    Output(step.Result(ProvisioningOutcome.NoChange));
                    continue;
                }
                if (!ShouldProcess(step.Target, step.Description))
                {
                    Output(step.Result(ProvisioningOutcome.Skipped));
                    continue;
                }
                ProvisioningResult result = null!;
                try
                {
                    result = Call(connection, (client, ct) => step.ApplyAsync(client, ct));
                }
                catch (Exception ex) when (IsReportable(ex))
                {
                    Output(step.Result(ProvisioningOutcome.Failed, ex.Message));
                    Terminate(Failure(new ProvisioningFailedException(step.Target,
                        $"Provisioning stopped at {step.Target} ({step.Action}): {ex.Message}", ex), step.Target, ex,
                        "The resources before it were applied; fix the cause and run again (what is already done is left alone)."));
                }
                Output(result);
            }
        }

        private static ErrorRecord Failure(Exception exception, string target, Exception? cause, string recommendedAction)
        {
            var category = cause is EnodeApiException api ? ErrorMapper.CategoryFor(api.StatusCode)
                : cause is InvalidOperationException ? ErrorCategory.InvalidData
                : cause is ArgumentException ? ErrorCategory.InvalidArgument
                : cause == null ? ErrorCategory.InvalidOperation
                : ErrorMapper.FromException(cause, target).CategoryInfo.Category;
            return ErrorMapper.Record(exception, "EnodeProvisioningFailed", category, target, recommendedAction);
        }
    }
}
