using System;
using System.Collections.Generic;
using System.Management.Automation;
using EnodePS.Client;
using EnodePS.Client.Actions;
using EnodePS.Client.Errors;
using EnodePS.Client.Models;

namespace EnodePS.Infrastructure
{
    /// <summary>
    /// A cmdlet that waits for actions: all of them at once through the client's <see cref="ActionWaiter"/>, with one
    /// progress bar of counts per state, each action written as it resolves, and a non-terminating error for each one
    /// that FAILED, was CANCELLED, could not be read, or was still pending at the timeout. An action Enode cancelled as
    /// UNNECESSARY (the device was already as asked) is done, not failed: it is written with a verbose line. Everything is written on the
    /// pipeline thread; Ctrl+C stops the wait at once.
    /// </summary>
    public abstract class ActionCmdlet : ConnectedCmdlet
    {
        internal const int ProgressActivityId = 4711;
        internal const string ProgressActivity = "Waiting for Enode actions";

        /// <summary>The first wait between polls of an action. Tests shorten it; Wait-EnodeAction sets it from -PollIntervalSeconds.</summary>
        internal TimeSpan PollInterval { get; set; } = new ActionWaitOptions().PollInterval;

        protected void WaitFor(IReadOnlyCollection<ActionReference> actions, TimeSpan timeout)
        {
            if (actions.Count == 0) return;
            var connection = ActiveConnection;
            var defaults = new ActionWaitOptions();
            var options = new ActionWaitOptions
            {
                Timeout = timeout,
                PollInterval = PollInterval,
                MaxPollInterval = PollInterval > defaults.MaxPollInterval ? PollInterval : defaults.MaxPollInterval,
            };
            var progress = new PumpedProgress(this);
            try
            {
                foreach (var result in Stream(connection, (client, ct) => client.Actions.WaitAsync(actions, options, progress, ct)))
                    Report(connection.Client, result);
            }
            catch (ActionWaitTimeoutException expired)
            {
                foreach (var (reference, lastSeen) in expired.Pending)
                    WriteError(ErrorMapper.Record(
                        new TimeoutException($"Action {reference.Id} ({reference.TargetType}) was still {lastSeen?.State ?? ActionStates.Pending} after {expired.Timeout}.", expired),
                        "EnodeActionWaitTimeout", ErrorCategory.OperationTimeout, reference.Id,
                        "Wait longer with -TimeoutSeconds, or check the action later with Get-EnodeAction."));
            }
            if (!StopToken.IsCancellationRequested)
                WriteProgress(new ProgressRecord(ProgressActivityId, ProgressActivity, "Done") { PercentComplete = 100, RecordType = ProgressRecordType.Completed });
        }

        private void Report(EnodeClient client, ActionWaitResult result)
        {
            if (result.Error != null)
            {
                NonTerminating(result.Error, result.Reference.Id);
                return;
            }
            var action = result.Action!;
            Output(action);
            if (ActionStates.IsAlreadyInState(action.State, action.FailureReason?.Type))
                Verbose($"Action {action.Id}: {client.Controls.DeviceOf(action)} was already as asked (CANCELLED as UNNECESSARY); counted as done.");
            else if (action.State != ActionStates.Confirmed)
                WriteError(ErrorMapper.FromException(new ActionUnsuccessfulException(action, client.Controls.DeviceOf(action)), action.Id));
        }

        /// <summary>The warning for an action Enode created CANCELLED as UNNECESSARY: the device is already as asked.</summary>
        internal static string AlreadyInStateWarning(ControlledDevice device, string description, VendorAction action) =>
            $"{Capitalized(device.ToString())} is already as asked: '{description}' was not needed (Enode cancelled action {action.Id} as UNNECESSARY" +
            (string.IsNullOrEmpty(action.FailureReason?.Detail) ? ")." : $": {action.FailureReason!.Detail}).");

        private protected static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

        /// <summary>Hands progress from the waiter's thread to the pipeline thread.</summary>
        private sealed class PumpedProgress : IProgress<ActionWaitProgress>
        {
            private readonly ActionCmdlet _cmdlet;

            public PumpedProgress(ActionCmdlet cmdlet) { _cmdlet = cmdlet; }

            public void Report(ActionWaitProgress value) =>
                _cmdlet.Pump.Post(() => _cmdlet.WriteProgress(
                    new ProgressRecord(ProgressActivityId, ProgressActivity, value.ToString()) { PercentComplete = value.PercentComplete }));
        }
    }
}
