using System;
using System.Diagnostics;
using System.Linq;
using System.Management.Automation;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using EnodePS.Client;
using EnodePS.Client.Models;
using EnodePS.Cmdlets.Actions;
using EnodePS.Cmdlets.Charging;
using EnodePS.Cmdlets.Connections;
using EnodePS.Cmdlets.Emulator;
using EnodePS.Cmdlets.Tests.Support;
using EnodePS.Cmdlets.Vehicles;
using EnodePS.Connections;

namespace EnodePS.Cmdlets.Tests
{
    public class EmulatorCmdletTests : IDisposable
    {
        private readonly RecordingHost _host = new RecordingHost();

        private RecordingHost NewHost() => new RecordingHost { SessionKey = _host.SessionKey };

        private RunningEmulator Start(StartEnodeEmulatorCommand? command = null)
        {
            var host = CmdletRunner.Run(command ?? new StartEnodeEmulatorCommand(), NewHost());
            Assert.Null(host.Terminating);
            return Assert.IsType<RunningEmulator>(host.Output.Single());
        }

        public void Dispose()
        {
            foreach (var emulator in EmulatorStore.For(_host.SessionKey).All) emulator.Stop();
        }

        [Fact]
        public void Start_serves_the_seeded_data_on_loopback_and_Connect_Enode_Emulator_reaches_it_from_the_pipeline()
        {
            var emulator = Start(new StartEnodeEmulatorCommand { Seed = 11, UserCount = 2, VehicleCount = 5 });
            Assert.Equal("127.0.0.1", emulator.ApiUrl.Host);
            Assert.Equal(emulator.Port, emulator.ApiUrl.Port);
            Assert.Equal(new Uri(emulator.ApiUrl, "oauth2/token"), emulator.TokenUrl);
            Assert.Equal(11, emulator.Seed);
            Assert.True(emulator.IsRunning);

            var connect = CmdletRunner.Run(new ConnectEnodeCommand().With("PassThru"), NewHost(), null, emulator);
            Assert.Null(connect.Terminating);
            using var connection = Assert.IsType<EnodeConnection>(connect.Output.Single());
            Assert.Equal(EnodeEnvironment.Emulator, connection.Environment);
            Assert.Equal(emulator.ApiUrl, connection.ApiUrl);
            Assert.Same(emulator.Emulator, connection.Emulator);

            var vehicles = CmdletRunner.Run(new GetEnodeVehicleCommand(), NewHost());
            Assert.Equal(5, vehicles.Output.Count);
            Assert.Contains(emulator.Emulator.Journal.Snapshot(), r => r.Operation == "GET /vehicles");
        }

        [Fact]
        public void The_secret_is_a_secure_string_and_no_text_form_shows_it()
        {
            var started = CmdletRunner.Run(new StartEnodeEmulatorCommand(), new RecordingHost { SessionKey = _host.SessionKey, IsDebugEnabled = true });
            var emulator = (RunningEmulator)started.Output.Single()!;
            var secret = emulator.Emulator.RevealClientSecret();

            Assert.Equal(secret, SecureStrings.ToPlain(emulator.ClientSecret));
            Assert.DoesNotContain(secret, started.AllText);
            Assert.DoesNotContain(secret, emulator.ToString());
            Assert.DoesNotContain(typeof(RunningEmulator).GetProperties().Where(p => p.PropertyType == typeof(string)),
                p => (string?)p.GetValue(emulator) == secret);
        }

        [Fact]
        public void WhatIf_starts_nothing()
        {
            var host = NewHost();
            host.WhatIf = true;

            CmdletRunner.Run(new StartEnodeEmulatorCommand(), host);

            Assert.Empty(host.Output);
            Assert.Single(host.ShouldProcessCalls);
            Assert.Empty(EmulatorStore.For(_host.SessionKey).All);
        }

        [Fact]
        public async System.Threading.Tasks.Task Stop_with_an_emulator_from_the_pipeline_stops_only_that_one()
        {
            var first = Start();
            var second = Start();

            var stop = CmdletRunner.Run(new StopEnodeEmulatorCommand(), NewHost(), null, first);

            Assert.Null(stop.Terminating);
            Assert.False(first.IsRunning);
            Assert.True(second.IsRunning);
            Assert.Equal(new[] { second }, EmulatorStore.For(_host.SessionKey).All);
            using var http = new HttpClient();
            await Assert.ThrowsAnyAsync<HttpRequestException>(() => http.GetAsync(new Uri(first.ControlUrl, "info")));
            Assert.True((await http.GetAsync(new Uri(second.ControlUrl, "info"))).IsSuccessStatusCode);
        }

        [Fact]
        public void Stop_without_arguments_stops_every_emulator_this_session_started_and_no_other()
        {
            var mine = new[] { Start(), Start() };
            var otherSession = new RecordingHost();
            var theirs = (RunningEmulator)CmdletRunner.Run(new StartEnodeEmulatorCommand(), otherSession).Output.Single()!;
            try
            {
                CmdletRunner.Run(new StopEnodeEmulatorCommand(), NewHost());

                Assert.All(mine, e => Assert.False(e.IsRunning));
                Assert.Empty(EmulatorStore.For(_host.SessionKey).All);
                Assert.True(theirs.IsRunning);
            }
            finally
            {
                theirs.Stop();
            }
        }

        [Fact]
        public void Stop_with_WhatIf_leaves_the_emulator_running()
        {
            var emulator = Start();
            var host = NewHost();
            host.WhatIf = true;

            CmdletRunner.Run(new StopEnodeEmulatorCommand(), host);

            Assert.True(emulator.IsRunning);
            Assert.Equal(emulator.ToString(), host.ShouldProcessCalls.Single().Target);
        }

        [Fact]
        public void A_port_in_use_is_a_resource_unavailable_error_naming_the_port()
        {
            using var blocker = new TcpListener(System.Net.IPAddress.Loopback, 0);
            blocker.Start();
            var port = ((System.Net.IPEndPoint)blocker.LocalEndpoint).Port;

            var host = CmdletRunner.Run(new StartEnodeEmulatorCommand { Port = port }, NewHost());

            Assert.Equal("EnodeEmulatorPortUnavailable", host.Terminating!.ErrorId);
            Assert.Equal(ErrorCategory.ResourceUnavailable, host.Terminating.Category);
            Assert.Equal(port, host.Terminating.Target);
            Assert.Empty(EmulatorStore.For(_host.SessionKey).All);
        }

        [Theory]
        [InlineData("Port", 70000)]
        [InlineData("Port", -1)]
        [InlineData("UserCount", 0)]
        [InlineData("VehicleCount", -3)]
        public void Out_of_range_values_are_rejected_naming_the_parameter(string parameter, int value)
        {
            var command = new StartEnodeEmulatorCommand();
            typeof(StartEnodeEmulatorCommand).GetProperty(parameter)!.SetValue(command, value);

            var host = CmdletRunner.Run(command, NewHost());

            Assert.Equal("EnodeInvalidParameter", host.Terminating!.ErrorId);
            Assert.Contains("-" + parameter, host.Terminating.Exception.Message);
            Assert.Empty(EmulatorStore.For(_host.SessionKey).All);
        }

        [Fact]
        public void Connecting_to_a_stopped_emulator_is_rejected_before_any_request()
        {
            var emulator = Start();
            emulator.Stop();

            var host = CmdletRunner.Run(new ConnectEnodeCommand { Emulator = emulator }, NewHost());

            Assert.Equal("EnodeInvalidParameter", host.Terminating!.ErrorId);
            Assert.Contains("-Emulator", host.Terminating.Exception.Message);
            Assert.Null(ConnectionStore.For(_host.SessionKey).Current);
        }

        [Fact]
        public async System.Threading.Tasks.Task With_a_manual_clock_time_moves_only_through_the_control_route()
        {
            var emulator = Start(new StartEnodeEmulatorCommand { TokenLifetime = TimeSpan.FromMinutes(5) }.With("ManualClock"));
            Assert.True(emulator.HasManualClock);
            var before = emulator.Emulator.State.Clock.UtcNow;

            using var http = new HttpClient();
            var answer = await http.PostAsync(new Uri(emulator.ControlUrl, "clock/advance"),
                new StringContent("{\"seconds\":600}", Encoding.UTF8, "application/json"));

            Assert.True(answer.IsSuccessStatusCode);
            Assert.Equal(before.AddMinutes(10), emulator.Emulator.State.Clock.UtcNow);
            Assert.Equal(TimeSpan.FromMinutes(5), emulator.Emulator.Options.TokenLifetime);
        }

        [Fact]
        public void ActionDelay_sets_how_soon_devices_carry_out_actions_as_the_help_example_shows()
        {
            var emulator = Start(new StartEnodeEmulatorCommand { Seed = 3, VehicleCount = 40, ActionDelay = TimeSpan.FromMilliseconds(200), ActionTimeout = TimeSpan.FromMinutes(10) });
            Assert.Equal(TimeSpan.FromMilliseconds(200), emulator.Emulator.Options.ActionDelay);
            Assert.Equal(TimeSpan.FromMinutes(10), emulator.Emulator.Options.ActionTimeout);
            Assert.Null(CmdletRunner.Run(new ConnectEnodeCommand(), NewHost(), null, emulator).Terminating);

            // Get-EnodeVehicle | Where-Object { $_.IsReachable -and $_.ChargeState.IsPluggedIn -and -not $_.ChargeState.IsCharging -and -not $_.ChargeState.IsFullyCharged } |
            //     Start-EnodeCharging | Wait-EnodeAction
            var ready = CmdletRunner.Run(new GetEnodeVehicleCommand(), NewHost()).OutputOf<Vehicle>()
                .Where(v => v.IsReachable == true && v.ChargeState.IsPluggedIn == true && v.ChargeState.IsCharging == false && v.ChargeState.IsFullyCharged == false).Cast<object>().ToArray();
            Assert.NotEmpty(ready);
            var started = CmdletRunner.Run(new StartEnodeChargingCommand(), NewHost(), null, ready);
            Assert.Empty(started.Errors);
            var watch = Stopwatch.StartNew();
            var waited = CmdletRunner.Run(new WaitEnodeActionCommand { PollIntervalSeconds = 0.1 }, NewHost(), null, started.OutputOf<VendorAction>().Cast<object>().ToArray());
            watch.Stop();

            Assert.Empty(waited.Errors);
            Assert.Equal(ready.Length, waited.OutputOf<VendorAction>().Count(a => a.State == ActionStates.Confirmed));
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2.5), $"waited {watch.Elapsed}: the default delay is 3 s");
        }
    }
}
