using System;
using System.Collections.Generic;
using System.Management.Automation;
using EnodePS.Client.Actions;
using EnodePS.Client.Models;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Actions
{
    /// <summary>
    /// <para type="synopsis">Waits for actions to be CONFIRMED, FAILED or CANCELLED, all at once, and writes each as it ends.</para>
    /// </summary>
    [Cmdlet(VerbsLifecycle.Wait, "EnodeAction", HelpUri = HelpLinks.Cmdlets + "Wait-EnodeAction.md", DefaultParameterSetName = InputObjectSet)]
    [OutputType(typeof(VendorAction))]
    public sealed class WaitEnodeActionCommand : ActionTargetCmdlet
    {
        private readonly List<ActionReference> _actions = new List<ActionReference>();

        /// <summary>Seconds to wait for all the actions; 30 minutes by default, the API's own limit for an action.</summary>
        [Parameter]
        [Alias("Timeout")]
        [Seconds]
        [ValidateRange(1.0, 86400.0)]
        public double TimeoutSeconds { get; set; } = ActionWaitOptions.DefaultTimeout.TotalSeconds;

        /// <summary>Seconds before the first poll of each action; later polls of an action that stays pending come less often.</summary>
        [Parameter]
        [Seconds]
        [ValidateRange(0.05, 300.0)]
        public double PollIntervalSeconds { get; set; } = new ActionWaitOptions().PollInterval.TotalSeconds;

        protected override void Begin()
        {
            base.Begin();
            PollInterval = TimeSpan.FromSeconds(PollIntervalSeconds);
        }

        protected override void Process() => _actions.AddRange(Received());

        protected override void End() => WaitFor(_actions, TimeSpan.FromSeconds(TimeoutSeconds));
    }
}
