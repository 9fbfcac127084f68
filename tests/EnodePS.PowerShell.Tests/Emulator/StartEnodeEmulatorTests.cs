using System;
using System.Linq;
using System.Management.Automation;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;
using EnodePS.Client.Models;
using EnodePS.Emulator;
using EnodePS.PowerShell.Tests.Support;
using ActionStates = EnodePS.Client.ActionStates;

namespace EnodePS.PowerShell.Tests.Emulator
{
    public sealed class StartEnodeEmulatorTests : IDisposable
    {
        private readonly PowerShellSession _session = PowerShellSession.Unconnected();

        public void Dispose()
        {
            _session.Run("Stop-EnodeEmulator");
            _session.Dispose();
        }

        private PSObject Start(string arguments = "") => _session.Run("Start-EnodeEmulator " + arguments).AssertSucceeded().Output.Single();

        private static T Property<T>(PSObject value, string name) => (T)value.Properties[name].Value;

        [Fact]
        public void Serves_the_seeded_data_on_loopback_and_Connect_Enode_reaches_it_from_the_pipeline()
        {
            var emulator = Start("-Seed 11 -UserCount 2 -VehicleCount 5");
            var apiUrl = Property<Uri>(emulator, "ApiUrl");
            Assert.Equal("127.0.0.1", apiUrl.Host);
            Assert.Equal(Property<int>(emulator, "Port"), apiUrl.Port);
            Assert.Equal(new Uri(apiUrl, "oauth2/token"), Property<Uri>(emulator, "TokenUrl"));
            Assert.Equal(11, Property<int>(emulator, "Seed"));
            Assert.True(Property<bool>(emulator, "IsRunning"));

            var connection = _session.Run("$emulator | Connect-Enode -PassThru", new { emulator }).AssertSucceeded().Output.Single();
            Assert.Equal("Emulator", connection.Properties["Environment"].Value.ToString());
            Assert.Equal(apiUrl, Property<Uri>(connection, "ApiUrl"));
            var engine = Property<EnodeEmulator>(emulator, "Emulator");
            Assert.Same(engine, connection.Properties["Emulator"].Value);

            var vehicles = _session.Run("Get-EnodeVehicle").AssertSucceeded();
            Assert.Equal(5, vehicles.Output.Count);
            Assert.Contains(engine.Journal.Snapshot(), r => r.Operation == "GET /vehicles");
        }

        [Fact]
        public void The_secret_is_a_secure_string_and_no_text_form_shows_it()
        {
            var started = _session.Run("$DebugPreference = 'Continue'; $emulator = Start-EnodeEmulator; $emulator").AssertSucceeded();
            var emulator = started.Output.Single();
            var secret = Property<EnodeEmulator>(emulator, "Emulator").RevealClientSecret();

            var shown = _session.Run(
                "$emulator.ClientSecret -is [securestring]; [System.Net.NetworkCredential]::new('', $emulator.ClientSecret).Password; " +
                "$emulator.ToString(); $emulator | Format-List * | Out-String -Width 120; " +
                "@($emulator.PSObject.Properties | Where-Object { $_.Value -is [string] -and $_.Value -eq $secret }).Count",
                new { secret }).AssertSucceeded().Objects.ToArray();

            Assert.DoesNotContain(secret, started.AllText);
            Assert.Equal(true, shown[0]);
            Assert.Equal(secret, shown[1]);
            Assert.DoesNotContain(secret, (string)shown[2]);
            Assert.DoesNotContain(secret, (string)shown[3]);
            Assert.Equal(0, shown[4]);
        }

        [Fact]
        public void WhatIf_starts_nothing()
        {
            var result = _session.Run("Start-EnodeEmulator -WhatIf");

            result.AssertSucceeded();
            Assert.Empty(result.Output);
            Assert.Equal(new[] { ("127.0.0.1:(a free port)", "Start Enode emulator") }, result.WhatIf);
            Assert.Empty(_session.Run("Stop-EnodeEmulator -WhatIf").WhatIf);
        }

        [Fact]
        public void A_port_in_use_is_a_resource_unavailable_error_naming_the_port()
        {
            using var blocker = new TcpListener(System.Net.IPAddress.Loopback, 0);
            blocker.Start();
            var port = ((System.Net.IPEndPoint)blocker.LocalEndpoint).Port;

            var result = _session.RunCatchingTerminating("Start-EnodeEmulator -Port $port", new { port });

            Assert.Equal("EnodeEmulatorPortUnavailable,EnodePS.Cmdlets.Emulator.StartEnodeEmulatorCommand", result.Terminating?.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.ResourceUnavailable, result.Terminating!.CategoryInfo.Category);
            Assert.Equal(port, result.Terminating.TargetObject);
            Assert.Contains(port.ToString(System.Globalization.CultureInfo.InvariantCulture), result.Terminating.Exception.Message);
            Assert.Empty(_session.Run("Stop-EnodeEmulator -WhatIf").WhatIf);
        }

        [Theory]
        [InlineData("Port", 70000)]
        [InlineData("Port", -1)]
        [InlineData("UserCount", 0)]
        [InlineData("VehicleCount", -3)]
        public void Out_of_range_values_are_rejected_naming_the_parameter(string parameter, int value)
        {
            var result = _session.RunCatchingTerminating($"Start-EnodeEmulator -{parameter} $value", new { value });

            Assert.Equal("EnodeInvalidParameter,EnodePS.Cmdlets.Emulator.StartEnodeEmulatorCommand", result.Terminating?.FullyQualifiedErrorId);
            Assert.Contains("-" + parameter, result.Terminating!.Exception.Message);
            Assert.Empty(_session.Run("Stop-EnodeEmulator -WhatIf").WhatIf);
        }

        [Fact]
        public async Task With_a_manual_clock_time_moves_only_through_the_control_route()
        {
            var emulator = Start("-ManualClock -TokenLifetimeSeconds 300");
            Assert.True(Property<bool>(emulator, "HasManualClock"));
            var engine = Property<EnodeEmulator>(emulator, "Emulator");
            var before = engine.State.Clock.UtcNow;

            using var http = new HttpClient();
            var answer = await http.PostAsync(new Uri(Property<Uri>(emulator, "ControlUrl"), "clock/advance"),
                new StringContent("{\"seconds\":600}", Encoding.UTF8, "application/json"));

            Assert.True(answer.IsSuccessStatusCode);
            Assert.Equal(before.AddMinutes(10), engine.State.Clock.UtcNow);
            Assert.Equal(TimeSpan.FromMinutes(5), engine.Options.TokenLifetime);
        }

        [Fact]
        public void ActionDelaySeconds_sets_how_soon_devices_carry_out_actions_as_the_help_example_shows()
        {
            var emulator = Start("-Seed 3 -VehicleCount 40 -ActionDelaySeconds 0.2 -ActionTimeoutSeconds 600");
            var engine = Property<EnodeEmulator>(emulator, "Emulator");
            Assert.Equal(TimeSpan.FromMilliseconds(200), engine.Options.ActionDelay);
            Assert.Equal(TimeSpan.FromMinutes(10), engine.Options.ActionTimeout);
            _session.Run("Connect-Enode -Emulator $emulator", new { emulator }).AssertSucceeded();

            // Example 4 of Start-EnodeEmulator's help.
            var started = _session.Run(
                "Get-EnodeVehicle | Where-Object { $_.IsReachable -and $_.ChargeState.IsPluggedIn -and -not $_.ChargeState.IsCharging -and -not $_.ChargeState.IsFullyCharged -and -not $_.SmartChargingPolicy.IsEnabled } | " +
                "Start-EnodeCharging").AssertSucceeded();
            Assert.NotEmpty(started.Output);
            var waited = _session.Run("$started | Wait-EnodeAction -PollIntervalSeconds 0.1", new { started = started.Output }).AssertSucceeded();

            var actions = waited.OutputOf<VendorAction>().ToList();
            Assert.Equal(started.Output.Count, actions.Count(a => a.State == ActionStates.Confirmed));
            // The emulator's own record of each action: carried out once the 0.2 s delay had passed on its clock, and
            // before the default 3 s.
            Assert.All(actions, a => Assert.InRange(a.CompletedAt!.Value - a.CreatedAt, TimeSpan.FromSeconds(0.2), TimeSpan.FromSeconds(2.9)));
        }

        [Fact]
        public void Durations_written_as_TimeSpans_before_they_were_seconds_still_work()
        {
            var emulator = Start("-TokenLifetime (New-TimeSpan -Minutes 5) -ActionDelay 00:00:00.2 -ActionTimeout ([timespan]::FromMinutes(10))");
            var engine = Property<EnodeEmulator>(emulator, "Emulator");

            Assert.Equal(TimeSpan.FromMinutes(5), engine.Options.TokenLifetime);
            Assert.Equal(TimeSpan.FromMilliseconds(200), engine.Options.ActionDelay);
            Assert.Equal(TimeSpan.FromMinutes(10), engine.Options.ActionTimeout);
        }
    }
}
