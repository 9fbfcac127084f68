using System;
using System.Management.Automation;
using System.Net.Sockets;
using EnodePS.Connections;
using EnodePS.Emulator;
using EnodePS.Emulator.Time;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Emulator
{
    /// <summary>
    /// <para type="synopsis">Starts an Enode emulator on 127.0.0.1 that any HTTP client, and Connect-Enode, can reach.</para>
    /// </summary>
    [Cmdlet(VerbsLifecycle.Start, "EnodeEmulator", HelpUri = HelpLinks.Cmdlets + "Start-EnodeEmulator.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(RunningEmulator))]
    public sealed class StartEnodeEmulatorCommand : EnodeCmdlet
    {
        /// <summary>The port to listen on; 0 (the default) picks a free one.</summary>
        [Parameter]
        public int Port { get; set; }

        /// <summary>Seed for the generated data: the same seed gives the same ids and values.</summary>
        [Parameter]
        public int? Seed { get; set; }

        [Parameter]
        public int? UserCount { get; set; }

        [Parameter]
        public int? VehicleCount { get; set; }

        /// <summary>Seconds the access tokens it issues stay valid.</summary>
        [Parameter]
        [Alias("TokenLifetime")]
        [Seconds]
        public double? TokenLifetimeSeconds { get; set; }

        /// <summary>Seconds a device takes to carry out an action before it is CONFIRMED; 3 by default.</summary>
        [Parameter]
        [Alias("ActionDelay")]
        [Seconds]
        public double? ActionDelaySeconds { get; set; }

        /// <summary>Seconds an action on a device that does not respond stays PENDING before it FAILS; 1800 (30 minutes) by default.</summary>
        [Parameter]
        [Alias("ActionTimeout")]
        [Seconds]
        public double? ActionTimeoutSeconds { get; set; }

        /// <summary>Time stands still until POST /_emulator/clock/advance (or the emulator's clock) moves it.</summary>
        [Parameter]
        public SwitchParameter ManualClock { get; set; }

        protected override void Process()
        {
            if (Port < 0 || Port > 65535) InvalidParameter(nameof(Port), Port, "use a port from 1 to 65535, or 0 for a free one.");
            if (UserCount < 1) InvalidParameter(nameof(UserCount), UserCount, "use 1 or more users.");
            if (VehicleCount < 0) InvalidParameter(nameof(VehicleCount), VehicleCount, "use 0 or more vehicles.");
            if (TokenLifetimeSeconds <= 0) InvalidParameter(nameof(TokenLifetimeSeconds), TokenLifetimeSeconds, "use more than 0 seconds.");
            if (ActionDelaySeconds < 0) InvalidParameter(nameof(ActionDelaySeconds), ActionDelaySeconds, "use 0 or more seconds.");
            if (ActionTimeoutSeconds <= 0) InvalidParameter(nameof(ActionTimeoutSeconds), ActionTimeoutSeconds, "use more than 0 seconds.");

            if (!ShouldProcess($"127.0.0.1:{(Port == 0 ? "(a free port)" : Port.ToString(System.Globalization.CultureInfo.InvariantCulture))}", "Start Enode emulator")) return;

            var options = EmulatorOptions.Demo();
            if (Seed.HasValue) options.Seed = Seed.Value;
            if (UserCount.HasValue) options.UserCount = UserCount.Value;
            if (VehicleCount.HasValue) options.VehicleCount = VehicleCount.Value;
            if (TokenLifetimeSeconds.HasValue) options.TokenLifetime = TimeSpan.FromSeconds(TokenLifetimeSeconds.Value);
            if (ActionDelaySeconds.HasValue) options.ActionDelay = TimeSpan.FromSeconds(ActionDelaySeconds.Value);
            if (ActionTimeoutSeconds.HasValue) options.ActionTimeout = TimeSpan.FromSeconds(ActionTimeoutSeconds.Value);
            if (ManualClock.IsPresent) options.Clock = new ManualEmulatorClock(DateTimeOffset.UtcNow);

            var emulator = new EnodeEmulator(options);
            RunningEmulator running;
            try
            {
                running = new RunningEmulator(emulator, emulator.StartLoopback(Port));
            }
            catch (SocketException ex)
            {
                emulator.Dispose();
                Terminate(ErrorMapper.Record(new InvalidOperationException($"Cannot listen on 127.0.0.1:{Port}: {ex.Message} Choose another -Port, or leave it out for a free one.", ex),
                    "EnodeEmulatorPortUnavailable", ErrorCategory.ResourceUnavailable, Port));
                return;
            }

            EmulatorStore.For(SessionKey).Add(running);
            Verbose($"Started {running} (client id {running.ClientId}, seed {running.Seed}).");
            Output(running);
        }
    }
}
