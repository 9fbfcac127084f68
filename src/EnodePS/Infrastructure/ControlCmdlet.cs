using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Client;
using EnodePS.Client.Actions;
using EnodePS.Client.Models;

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
        /// </summary>
        protected void Control(string deviceType, string deviceId, string description, Action? check, Func<EnodeClient, CancellationToken, Task<VendorAction>> send)
        {
            TryCall(deviceId, () =>
            {
                check?.Invoke();
                if (!ShouldProcess($"{deviceType} {deviceId}", description)) return;
                var action = Call(ActiveConnection, send);
                if (Wait.IsPresent) _sent.Add(ActionReference.Of(action));
                else Output(action);
            });
        }

        protected override void End() => WaitFor(_sent, TimeSpan.FromSeconds(TimeoutSeconds));

        /// <summary>The object behind a PowerShell wrapper.</summary>
        protected static object? Unwrap(object? value) => value is PSObject wrapped ? wrapped.BaseObject : value;

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
