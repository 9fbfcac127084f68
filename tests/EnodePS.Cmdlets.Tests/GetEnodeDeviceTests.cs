using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using EnodePS.Client.Models;
using EnodePS.Cmdlets.Batteries;
using EnodePS.Cmdlets.Chargers;
using EnodePS.Cmdlets.HemSystems;
using EnodePS.Cmdlets.Hvacs;
using EnodePS.Cmdlets.Inverters;
using EnodePS.Cmdlets.Meters;
using EnodePS.Cmdlets.Tests.Support;
using EnodePS.Emulator;
using EnodePS.Emulator.State;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Tests
{
    /// <summary>Get-EnodeCharger, -Hvac, -Inverter, -Battery, -Meter and -HemSystem: listing, -UserId, ids from the pipeline, -First/-Skip.</summary>
    public class GetEnodeDeviceTests
    {
        public sealed class Kind
        {
            public Kind(string name, Func<EnodeCmdlet> create, Func<EmulatorState, RecordTable> table, Type model, string collection, string what)
            {
                Name = name;
                Create = create;
                Table = table;
                Model = model;
                Collection = collection;
                What = what;
            }

            public string Name { get; }
            public Func<EnodeCmdlet> Create { get; }
            public Func<EmulatorState, RecordTable> Table { get; }
            public Type Model { get; }
            public string Collection { get; }
            public string What { get; }
            public override string ToString() => Name;
        }

        public static IEnumerable<object[]> Kinds() => new[]
        {
            new Kind("Get-EnodeCharger", () => new GetEnodeChargerCommand(), s => s.Chargers, typeof(Charger), "chargers", "charger"),
            new Kind("Get-EnodeHvac", () => new GetEnodeHvacCommand(), s => s.Hvacs, typeof(Hvac), "hvacs", "hvac"),
            new Kind("Get-EnodeInverter", () => new GetEnodeInverterCommand(), s => s.Inverters, typeof(Inverter), "inverters", "inverter"),
            new Kind("Get-EnodeBattery", () => new GetEnodeBatteryCommand(), s => s.Batteries, typeof(Battery), "batteries", "battery"),
            new Kind("Get-EnodeMeter", () => new GetEnodeMeterCommand(), s => s.Meters, typeof(Meter), "meters", "meter"),
            new Kind("Get-EnodeHemSystem", () => new GetEnodeHemSystemCommand(), s => s.HemSystems, typeof(HemSystem), "hem-systems", "HEM system"),
        }.Select(k => new object[] { k });

        private static EmulatorOptions Many() => new EmulatorOptions
        {
            UserCount = 4, VehicleCount = 4, ChargerCount = 23, HvacCount = 23, InverterCount = 23, BatteryCount = 23, MeterCount = 23, HemSystemCount = 23,
        };

        private static EnodeCmdlet With(EnodeCmdlet cmdlet, string property, object? value)
        {
            cmdlet.GetType().GetProperty(property)!.SetValue(cmdlet, value);
            return cmdlet;
        }

        private static string IdOf(object item) => (string)item.GetType().GetProperty("Id")!.GetValue(item)!;

        [Theory]
        [MemberData(nameof(Kinds))]
        public void Streams_every_device_as_typed_objects_in_api_order(Kind kind)
        {
            using var session = new CmdletSession(Many());

            var host = session.Run(With(kind.Create(), "PageSize", 5));

            Assert.Empty(host.Errors);
            Assert.All(host.Output, o => Assert.IsType(kind.Model, o));
            Assert.Equal(kind.Table(session.Emulator.State).All.Select(r => r.Id), host.Output.Select(o => IdOf(o!)));
            var pages = session.Emulator.Journal.Snapshot().Where(r => r.Operation == "GET /" + kind.Collection).ToList();
            Assert.Equal(5, pages.Count);
            Assert.All(pages, r => Assert.Equal("5", r.Query["pageSize"]));
        }

        [Theory]
        [MemberData(nameof(Kinds))]
        public void Lists_one_users_devices(Kind kind)
        {
            using var session = new CmdletSession(Many());
            var userId = session.Emulator.State.Users.All[2].Id;

            var host = session.Run(With(kind.Create(), "UserId", userId));

            Assert.Equal(kind.Table(session.Emulator.State).All.Where(r => r.UserId == userId).Select(r => r.Id), host.Output.Select(o => IdOf(o!)));
            Assert.NotEmpty(host.Output);
            Assert.Contains(session.Emulator.Journal.Snapshot(), r => r.Path == $"/users/{userId}/{kind.Collection}");
        }

        [Theory]
        [MemberData(nameof(Kinds))]
        public void Gets_devices_emitted_by_itself_from_the_pipeline_and_reports_a_missing_one_without_stopping(Kind kind)
        {
            using var session = new CmdletSession();
            var listed = session.Run(kind.Create()).Output.Take(2).ToList();
            var missing = new { Id = "00000000-0000-4000-8000-000000000000" };

            var host = session.Run(kind.Create(), listed[0]!, missing, listed[1]!);

            Assert.Equal(listed.Select(o => IdOf(o!)), host.Output.Select(o => IdOf(o!)));
            Assert.All(host.Output, o => Assert.IsType(kind.Model, o));
            var error = Assert.Single(host.Errors);
            Assert.Equal("EnodeNotFound", error.ErrorId);
            Assert.Equal(ErrorCategory.ObjectNotFound, error.Category);
            Assert.Equal(missing.Id, error.Target);
            Assert.Contains($"The specified {kind.What} was not found.", error.Exception.Message);
        }

        [Theory]
        [MemberData(nameof(Kinds))]
        public void First_and_skip_select_a_window_without_reading_further(Kind kind)
        {
            using var session = new CmdletSession(Many());
            var host = session.NewHost();
            host.Paging = new PagingRequest(first: 4, skip: 3);

            session.Run(kind.Create(), host);

            Assert.Equal(kind.Table(session.Emulator.State).All.Skip(3).Take(4).Select(r => r.Id), host.Output.Select(o => IdOf(o!)));
            Assert.Equal("7", Assert.Single(session.Emulator.Journal.Snapshot(), r => r.Operation == "GET /" + kind.Collection).Query["pageSize"]);
        }

        [Fact]
        public void Energy_devices_carry_the_hem_system_they_belong_to()
        {
            using var session = new CmdletSession();
            var systems = session.Run(new GetEnodeHemSystemCommand()).OutputOf<HemSystem>().ToList();
            var inverters = session.Run(new GetEnodeInverterCommand()).OutputOf<Inverter>().ToList();

            Assert.Contains(inverters, i => i.HemSystemId != null);
            Assert.All(inverters.Where(i => i.HemSystemId != null), i => Assert.Contains(systems, s => s.Id == i.HemSystemId && s.UserId == i.UserId));
        }
    }
}
