using System;
using System.Linq;
using System.Management.Automation;
using EnodePS.Client.Models;
using EnodePS.Cmdlets.Batteries;
using EnodePS.Cmdlets.Chargers;
using EnodePS.Cmdlets.Devices;
using EnodePS.Cmdlets.Hvacs;
using EnodePS.Cmdlets.Inverters;
using EnodePS.Cmdlets.Meters;
using EnodePS.Cmdlets.Tests.Support;
using EnodePS.Cmdlets.Vehicles;
using EnodePS.Emulator;
using EnodePS.Emulator.Time;

namespace EnodePS.Cmdlets.Tests
{
    public class RequestEnodeDataRefreshTests
    {
        private static readonly DateTimeOffset Now = new DateTimeOffset(2024, 11, 20, 12, 0, 0, TimeSpan.Zero);

        private static CmdletSession NewSession() => new CmdletSession(new EmulatorOptions { Clock = new ManualEmulatorClock(Now), VehicleCount = 3 });

        private static string[] HintPaths(CmdletSession session) =>
            session.Emulator.Journal.Snapshot().Where(r => r.Path.EndsWith("/refresh-hint", StringComparison.Ordinal)).Select(r => r.Path).ToArray();

        [Fact]
        public void Devices_of_every_type_from_the_get_cmdlets_get_a_hint_at_their_own_endpoint()
        {
            using var session = NewSession();
            var devices = new object[]
            {
                session.Run(new GetEnodeVehicleCommand()).Output[0]!, session.Run(new GetEnodeChargerCommand()).Output[0]!,
                session.Run(new GetEnodeHvacCommand()).Output[0]!, session.Run(new GetEnodeInverterCommand()).Output[0]!,
                session.Run(new GetEnodeBatteryCommand()).Output[0]!, session.Run(new GetEnodeMeterCommand()).Output[0]!,
            };

            var host = session.Run(new RequestEnodeDataRefreshCommand(), devices);

            Assert.Empty(host.Errors);
            Assert.Empty(host.Output);
            var ids = devices.Select(d => (string)d.GetType().GetProperty("Id")!.GetValue(d)!).ToArray();
            Assert.Equal(new[] { "vehicles", "chargers", "hvacs", "inverters", "batteries", "meters" }.Select((c, i) => $"/{c}/{ids[i]}/refresh-hint"), HintPaths(session));
            Assert.Equal(new[] { "vehicle", "charger", "hvac", "inverter", "battery", "meter" }.Select((t, i) => $"{t} {ids[i]}"), host.ShouldProcessCalls.Select(c => c.Target));
        }

        [Fact]
        public void What_if_sends_nothing()
        {
            using var session = NewSession();
            var chargers = session.Run(new GetEnodeChargerCommand()).Output.Take(2).Cast<object>().ToArray();
            var host = session.NewHost();
            host.WhatIf = true;

            session.Run(new RequestEnodeDataRefreshCommand(), host, chargers);
            session.Run(new RequestEnodeDataRefreshCommand { Id = new[] { "a", "b" }, Type = "meter" }, host);

            Assert.Equal(4, host.ShouldProcessCalls.Count);
            Assert.Empty(HintPaths(session));
            Assert.Empty(host.Output);
        }

        [Fact]
        public void Ids_with_a_type_get_the_hint_and_pass_thru_writes_the_refreshed_device()
        {
            using var session = NewSession();
            var battery = session.Emulator.State.Batteries.All.First(r => (bool?)r.Body["isReachable"] == true);

            var host = session.Run(new RequestEnodeDataRefreshCommand { Id = new[] { battery.Id }, Type = "Battery" }.With("PassThru"));

            var refreshed = Assert.IsType<Battery>(Assert.Single(host.Output));
            Assert.Equal(battery.Id, refreshed.Id);
            Assert.Equal(Now, refreshed.LastSeen);
            Assert.Equal(new[] { $"/batteries/{battery.Id}/refresh-hint" }, HintPaths(session));
        }

        [Fact]
        public void An_unknown_device_is_reported_and_the_next_one_still_gets_its_hint()
        {
            using var session = NewSession();
            var hvac = session.Emulator.State.Hvacs.All[0].Id;

            var host = session.Run(new RequestEnodeDataRefreshCommand { Id = new[] { "nope", hvac }, Type = "hvac" });

            var error = Assert.Single(host.Errors);
            Assert.Equal(("EnodeNotFound", ErrorCategory.ObjectNotFound, (object?)"nope"), (error.ErrorId, error.Category, error.Target));
            Assert.Contains("The specified hvac was not found.", error.Exception.Message);
            Assert.Equal(new[] { "/hvacs/nope/refresh-hint", $"/hvacs/{hvac}/refresh-hint" }, HintPaths(session));
        }

        [Fact]
        public void Objects_that_are_not_devices_are_refused_without_a_request()
        {
            using var session = NewSession();
            var notADevice = new Intervention { Id = "x" };

            var host = session.Run(new RequestEnodeDataRefreshCommand(), notADevice);

            var error = Assert.Single(host.Errors);
            Assert.Equal(("EnodeInvalidArgument", ErrorCategory.InvalidArgument), (error.ErrorId, error.Category));
            Assert.Same(notADevice, error.Target);
            Assert.Contains("-Id with -Type", error.Exception.Message);
            Assert.Empty(HintPaths(session));
        }

        [Fact]
        public void A_bad_type_stops_before_any_request()
        {
            using var session = NewSession();

            var host = session.Run(new RequestEnodeDataRefreshCommand { Id = new[] { "x" }, Type = "toaster" });

            Assert.Equal("EnodeInvalidParameter", host.Terminating!.ErrorId);
            Assert.Contains("-Type", host.Terminating.Exception.Message);
            Assert.Contains("vehicle, charger, hvac, inverter, battery, meter", host.Terminating.Exception.Message);
            Assert.Empty(HintPaths(session));
        }
    }
}
