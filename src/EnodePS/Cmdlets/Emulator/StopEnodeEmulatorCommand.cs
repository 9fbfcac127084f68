using System.Collections.Generic;
using System.Management.Automation;
using EnodePS.Connections;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Emulator
{
    /// <summary>
    /// <para type="synopsis">Stops emulators started with Start-EnodeEmulator: the ones given, or all this session started.</para>
    /// </summary>
    [Cmdlet(VerbsLifecycle.Stop, "EnodeEmulator", HelpUri = HelpLinks.Cmdlets + "Stop-EnodeEmulator.md", DefaultParameterSetName = AllSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(void))]
    public sealed class StopEnodeEmulatorCommand : EnodeCmdlet
    {
        private const string AllSet = "All";
        private const string InputObjectSet = "InputObject";

        [Parameter(Mandatory = true, ParameterSetName = InputObjectSet, ValueFromPipeline = true, Position = 0)]
        [ValidateNotNull]
        public RunningEmulator? InputObject { get; set; }

        protected override void Process()
        {
            var session = EmulatorStore.For(SessionKey);
            IEnumerable<RunningEmulator> targets = ParameterSetName == InputObjectSet ? new[] { InputObject! } : session.All;
            var any = false;
            foreach (var emulator in targets)
            {
                any = true;
                if (!ShouldProcess(emulator.ToString(), "Stop")) continue;
                emulator.Stop();
                session.Remove(emulator);
                Verbose($"Stopped the Enode emulator on {emulator.ApiUrl}.");
            }
            if (!any) Verbose("No emulator started in this session is running.");
        }
    }
}
