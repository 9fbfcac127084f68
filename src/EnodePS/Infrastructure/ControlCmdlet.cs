using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Client;
using EnodePS.Client.Actions;
using EnodePS.Client.Models;
using EnodePS.Connections;

namespace EnodePS.Infrastructure
{
    /// <summary>
    /// A cmdlet that sends control requests: each device gets its request (after the checks that need no request
    /// and ShouldProcess) and its action is written at once; with -Wait the actions are collected and waited for
    /// together at the end, and written as they resolve.
    /// </summary>
    public abstract class ControlCmdlet : ActionCmdlet
    {
        private readonly List<ActionReference> _sent = new List<ActionReference>();

        /// <summary>Waits until each action is CONFIRMED, FAILED or CANCELLED and writes it then, instead of at once.</summary>
        [Parameter]
        public SwitchParameter Wait { get; set; }

        /// <summary>With -Wait: seconds to wait for all the actions (the API gives up on an action after 30 minutes).</summary>
        [Parameter]
        [Alias("Timeout")]
        [Seconds]
        [ValidateRange(1.0, 86400.0)]
        public double TimeoutSeconds { get; set; } = ActionWaitOptions.DefaultTimeout.TotalSeconds;

        /// <summary>
        /// Runs <paramref name="check"/> (what can be known without a request: values, capabilities), asks ShouldProcess,
        /// sends, and writes or collects the action. A failed check or request is a non-terminating error for the device.
        /// An action Enode creates CANCELLED as UNNECESSARY (the device is already as asked) is written with a warning
        /// naming the device. <paramref name="device"/> is the device object when there is one (for its vendor).
        /// </summary>
        protected void Control(string deviceType, string deviceId, string description, Action? check, Func<EnodeClient, CancellationToken, Task<VendorAction>> send,
            object? device = null)
        {
            TryCall(deviceId, () =>
            {
                check?.Invoke();
                if (!ShouldProcess($"{deviceType} {deviceId}", description)) return;
                var connection = ActiveConnection;
                var controlled = new ControlledDevice(deviceType, deviceId, VendorOf(device));
                if (!WithinBudget(connection, controlled)) return;
                var action = Call(connection, send);
                connection.Client.Controls.Record(controlled, action);
                if (ActionStates.IsAlreadyInState(action.State, action.FailureReason?.Type))
                    WriteWarning(AlreadyInStateWarning(controlled, description, action));
                if (Wait.IsPresent) _sent.Add(ActionReference.Of(action));
                else Output(action);
            });
        }

        /// <summary>
        /// Enode advises at most 6 commands per device per day: one over the connection's budget is a warning naming the
        /// device and the count, or, when the budget says so, an error and no request.
        /// </summary>
        private bool WithinBudget(EnodeConnection connection, ControlledDevice device)
        {
            var ledger = connection.Client.Controls;
            if (!ledger.WouldExceed(device.Id, out var count)) return true;
            var budget = ledger.Budget;
            var message = $"{Capitalized(device.ToString())} would get its command number {count} in 24 hours on connection '{connection.Name}': " +
                $"Enode advises at most {ControlLedger.AdvisedCommandsPerDay} a day per device, and this connection's budget is {budget.PerDevicePerDay}.";
            const string advice = "Raise the budget or make it an error with Set-EnodeRequestOption -CommandsPerDevicePerDay <n> -CommandBudgetAction Warn|Error.";
            if (!budget.IsError)
            {
                WriteWarning(message);
                return true;
            }
            WriteError(ErrorMapper.Record(new InvalidOperationException(message + " The command was not sent."),
                "EnodeCommandBudgetExceeded", ErrorCategory.QuotaExceeded, device.Id, advice));
            return false;
        }

        private static string? VendorOf(object? device) =>
            device == null ? null : PSObject.AsPSObject(device).Properties["Vendor"]?.Value as string;

        protected override void End() => WaitFor(_sent, TimeSpan.FromSeconds(TimeoutSeconds));

        /// <summary>
        /// The device a piped object stands for: the live model behind its wrapper (its capabilities are checked before
        /// sending), or the wrapper itself for a deserialized one, whose properties live on the wrapper.
        /// </summary>
        protected static object PipedDevice(PSObject input) => input.BaseObject is PSCustomObject ? input : input.BaseObject;

        /// <summary>Stops the cmdlet before any request when the client's check refuses a parameter's value.</summary>
        protected void ValidateParameter(string parameter, object? value, Action validate)
        {
            try
            {
                validate();
            }
            catch (ArgumentException error)
            {
                InvalidParameter(parameter, value, error);
            }
        }
    }
}
