using System;
using System.Linq;
using System.Management.Automation;
using EnodePS.Client.Models;
using EnodePS.Emulator;
using EnodePS.PowerShell.Tests.Support;

namespace EnodePS.PowerShell.Tests.Devices
{
    public class RequestEnodeDataRefreshTests
    {
        private const string CommandType = "EnodePS.Cmdlets.Devices.RequestEnodeDataRefreshCommand";
        private static PowerShellSession NewSession() => StoppedClock.Session(new EmulatorOptions { VehicleCount = 3 });

        private static string[] HintPaths(PowerShellSession session) =>
            session.Emulator.Journal.Snapshot().Where(r => r.Path.EndsWith("/refresh-hint", StringComparison.Ordinal)).Select(r => r.Path).ToArray();

        private static string IdOf(object device) => (string)device.GetType().GetProperty("Id")!.GetValue(device)!;

        [Fact]
        public void Devices_of_every_type_from_the_get_cmdlets_get_a_hint_at_their_own_endpoint()
        {
            using var session = NewSession();
            var listed = session.Run(
                "Get-EnodeVehicle -First 1; Get-EnodeCharger -First 1; Get-EnodeHvac -First 1; " +
                "Get-EnodeInverter -First 1; Get-EnodeBattery -First 1; Get-EnodeMeter -First 1").AssertSucceeded();

            var result = session.Run("$devices | Request-EnodeDataRefresh -Verbose", new { devices = listed.Output }).AssertSucceeded();

            Assert.Empty(result.Output);
            var ids = listed.Objects.Select(IdOf).ToArray();
            Assert.Equal(6, ids.Length);
            Assert.Equal(new[] { "vehicles", "chargers", "hvacs", "inverters", "batteries", "meters" }.Select((c, i) => $"/{c}/{ids[i]}/refresh-hint"), HintPaths(session));
            Assert.Equal(
                new[] { "vehicle", "charger", "hvac", "inverter", "battery", "meter" }.Select((t, i) => $"Performing the operation \"Request a data refresh\" on target \"{t} {ids[i]}\"."),
                result.Verbose.Where(line => line.StartsWith("Performing the operation", StringComparison.Ordinal)));
        }

        [Fact]
        public void What_if_sends_nothing()
        {
            using var session = NewSession();
            var chargers = session.Run("Get-EnodeCharger -First 2").AssertSucceeded().Output;

            var piped = session.Run("$chargers | Request-EnodeDataRefresh -WhatIf", new { chargers }).AssertSucceeded();
            var byId = session.Run("Request-EnodeDataRefresh -Id a, b -DeviceType meter -WhatIf").AssertSucceeded();

            Assert.Equal(
                chargers.Select(c => $"What if: Performing the operation \"Request a data refresh\" on target \"charger {IdOf(c.BaseObject)}\".")
                    .Concat(new[] { "meter a", "meter b" }.Select(t => $"What if: Performing the operation \"Request a data refresh\" on target \"{t}\".")),
                piped.HostLines.Concat(byId.HostLines).Select(line => line.TrimEnd()));
            Assert.Empty(HintPaths(session));
            Assert.Empty(piped.Output);
            Assert.Empty(byId.Output);
        }

        [Fact]
        public void Ids_with_a_type_get_the_hint_and_pass_thru_writes_the_refreshed_device()
        {
            using var session = NewSession();
            var battery = session.Emulator.State.Batteries.All.First(r => (bool?)r.Body["isReachable"] == true);

            var result = session.Run("Request-EnodeDataRefresh -Id $id -DeviceType Battery -PassThru", new { id = battery.Id }).AssertSucceeded();

            var refreshed = Assert.IsType<Battery>(Assert.Single(result.Objects));
            Assert.Equal("EnodePS.Battery", result.Output[0].TypeNames[0]);
            Assert.Equal(battery.Id, refreshed.Id);
            Assert.Equal(StoppedClock.Now, refreshed.LastSeen);
            Assert.Equal(new[] { $"/batteries/{battery.Id}/refresh-hint" }, HintPaths(session));
        }

        [Fact]
        public void An_unknown_device_is_reported_and_the_next_one_still_gets_its_hint()
        {
            using var session = NewSession();
            var hvac = session.Emulator.State.Hvacs.All[0].Id;

            var result = session.Run("Request-EnodeDataRefresh -Id nope, $hvac -DeviceType hvac", new { hvac });

            var error = Assert.Single(result.AllErrors);
            Assert.Equal(("EnodeNotFound," + CommandType, ErrorCategory.ObjectNotFound, (object?)"nope"),
                (error.FullyQualifiedErrorId, error.CategoryInfo.Category, error.TargetObject));
            Assert.Contains("The specified hvac was not found.", error.Exception.Message);
            Assert.Equal(new[] { "/hvacs/nope/refresh-hint", $"/hvacs/{hvac}/refresh-hint" }, HintPaths(session));
        }

        [Fact]
        public void A_string_is_refused_by_what_it_is_without_a_request()
        {
            using var session = NewSession();

            var result = session.Run("'not a device' | Request-EnodeDataRefresh");

            var error = Assert.Single(result.AllErrors);
            Assert.Equal("EnodeInputNotAccepted," + CommandType, error.FullyQualifiedErrorId);
            Assert.StartsWith("Request-EnodeDataRefresh cannot take a string ('not a device') from the pipeline (-InputObject). It takes a Vehicle", error.Exception.Message);
            Assert.Contains("an Inverter (Id", error.Exception.Message);
            Assert.DoesNotContain("(Parameter '", error.Exception.Message);
            Assert.Empty(HintPaths(session));
        }

        [Fact]
        public void Objects_that_are_not_devices_are_refused_without_a_request()
        {
            using var session = NewSession();
            var notADevice = session.Run("Get-EnodeIntervention | Select-Object -First 1").AssertSucceeded().Output.Single();

            var result = session.Run("$notADevice | Request-EnodeDataRefresh", new { notADevice });

            var error = Assert.Single(result.AllErrors);
            Assert.Equal(("EnodeInputNotAccepted," + CommandType, ErrorCategory.InvalidType), (error.FullyQualifiedErrorId, error.CategoryInfo.Category));
            Assert.Same(notADevice.BaseObject, PSObject.AsPSObject(error.TargetObject).BaseObject);
            Assert.Contains("Request-EnodeDataRefresh cannot take an Intervention", error.Exception.Message);
            Assert.Contains("a Meter (Id → -Id (-DeviceType meter))", error.Exception.Message);
            Assert.Empty(HintPaths(session));
        }

        // -DeviceType has a ValidateSet: PowerShell's binder refuses a bad one, naming the parameter and the set.
        [Fact]
        public void A_bad_type_stops_before_any_request()
        {
            using var session = NewSession();

            var result = session.Run("Request-EnodeDataRefresh -Id x -DeviceType toaster");

            var error = Assert.Single(result.AllErrors);
            Assert.Equal("ParameterArgumentValidationError," + CommandType, error.FullyQualifiedErrorId);
            Assert.Contains("'DeviceType'", error.Exception.Message);
            Assert.Contains("\"vehicle,charger,hvac,inverter,battery,meter\"", error.Exception.Message);
            Assert.Empty(HintPaths(session));
        }
    }
}
