using System;
using System.Linq;
using System.Management.Automation;
using EnodePS.Client;
using EnodePS.Client.Actions;
using EnodePS.Connections;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Connections
{
    /// <summary>
    /// <para type="synopsis">Sets how requests retry and time out, and the per-device command budget: for one connection, or for the session's open and later connections.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "EnodeRequestOption", HelpUri = HelpLinks.Cmdlets + "Set-EnodeRequestOption.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(EnodeRequestOption))]
    public sealed class SetEnodeRequestOptionCommand : EnodeCmdlet
    {
        /// <summary>Retries after the first attempt, 0 to 20; 0 turns retrying off.</summary>
        [Parameter]
        public int? MaxRetries { get; set; }

        /// <summary>The longest wait before one retry, backoff or Retry-After alike, in seconds (0 to 3600).</summary>
        [Parameter]
        [Seconds]
        public double? MaxRetryWaitSeconds { get; set; }

        /// <summary>Time allowed for one attempt, in seconds (more than 0, up to 3600).</summary>
        [Parameter]
        [Seconds]
        public double? TimeoutSeconds { get; set; }

        /// <summary>
        /// Control commands one device may get in a rolling 24 hours before a warning (or an error): 1 to 1000; Enode
        /// advises at most 6, the default.
        /// </summary>
        [Parameter]
        public int? CommandsPerDevicePerDay { get; set; }

        /// <summary>What a command over the budget does: Warn (sent, with a warning) or Error (not sent, an error).</summary>
        [Parameter]
        [ValidateSet("Warn", "Error", IgnoreCase = true)]
        public string? CommandBudgetAction { get; set; }

        /// <summary>Changes only this connection; without it, the session's open connections and the ones made later.</summary>
        [Parameter(ValueFromPipeline = true)]
        [ValidateNotNull]
        public EnodeConnection? Connection { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void Process()
        {
            if (MaxRetries == null && MaxRetryWaitSeconds == null && TimeoutSeconds == null && CommandsPerDevicePerDay == null && CommandBudgetAction == null)
                InvalidParameter(nameof(MaxRetries), null, "give at least one of -MaxRetries, -MaxRetryWaitSeconds, -TimeoutSeconds, -CommandsPerDevicePerDay and -CommandBudgetAction.");

            RequestOptions change;
            bool? budgetIsError = CommandBudgetAction == null ? (bool?)null : string.Equals(CommandBudgetAction, "Error", StringComparison.OrdinalIgnoreCase);
            Func<CommandBudget, CommandBudget> changeBudget = budget => budget.With(CommandsPerDevicePerDay, budgetIsError);
            try
            {
                change = RequestOptions.Create(MaxRetries, MaxRetryWaitSeconds, TimeoutSeconds);
                changeBudget(CommandBudget.Default);
            }
            catch (ArgumentException ex)
            {
                // The client's message already names the parameter, the value and the allowed range: report it as it is.
                var parameter = ex.ParamName ?? nameof(MaxRetries);
                Terminate(ErrorMapper.Record(ex, "EnodeInvalidParameter", ErrorCategory.InvalidArgument, ValueOf(parameter)));
                return;
            }

            var session = ConnectionStore.For(SessionKey);
            if (Connection != null)
            {
                if (!ShouldProcess(Connection.ToString(), "Set request options")) return;
                Apply(Connection, change, changeBudget);
                if (PassThru.IsPresent) Output(new EnodeRequestOption(Connection.Name, Connection.Client.RetryOptions));
                return;
            }

            if (!ShouldProcess("this session's connections, open and new", "Set request options")) return;
            session.RequestOptions = change.Over(session.RequestOptions);
            session.CommandBudget = changeBudget(session.CommandBudget);
            foreach (var open in session.All.Where(c => c.IsConnected)) Apply(open, change, changeBudget);
            if (PassThru.IsPresent)
                Output(new EnodeRequestOption(EnodeRequestOption.NewConnections, EnodeRequestOption.ForNewConnection(session, System.Environment.GetEnvironmentVariable)));
        }

        private object? ValueOf(string parameter) =>
            parameter == nameof(MaxRetryWaitSeconds) ? MaxRetryWaitSeconds : parameter == nameof(TimeoutSeconds) ? TimeoutSeconds
            : parameter == nameof(CommandsPerDevicePerDay) ? CommandsPerDevicePerDay : (object?)MaxRetries;

        private void Apply(EnodeConnection connection, RequestOptions change, Func<CommandBudget, CommandBudget> changeBudget)
        {
            connection.Client.UpdateRetryOptions(change.ApplyTo(connection.Client.RetryOptions));
            var ledger = connection.Client.Controls;
            ledger.Budget = changeBudget(ledger.Budget);
            Verbose($"Request options of {connection.Name}: {Describe(connection.Client.RetryOptions)}; {ledger.Budget}.");
        }

        private static string Describe(RetryOptions o) =>
            $"up to {o.MaxRetries} retries, waits of at most {o.MaxRetryAfter.TotalSeconds:0.###} s, {o.AttemptTimeout.TotalSeconds:0.###} s per attempt";
    }
}
