using System;
using System.Linq;
using System.Management.Automation;
using EnodePS.Emulator;
using EnodePS.Emulator.State;
using EnodePS.PowerShell.Tests.Support;

namespace EnodePS.PowerShell.Tests.Devices
{
    /// <summary>
    /// What every device listing cmdlet (Get-EnodeCharger, -Hvac, -Inverter, -Battery, -Meter, -HemSystem) does alike:
    /// listing, -UserId, ids from the pipeline, -First/-Skip. Each cmdlet's test class derives from this one.
    /// </summary>
    public abstract class DeviceListingTests
    {
        /// <summary>The cmdlet's name, as typed.</summary>
        protected abstract string Cmdlet { get; }

        /// <summary>The emulator table the cmdlet lists.</summary>
        protected abstract RecordTable Table(EmulatorState state);

        /// <summary>The engine type of its output objects.</summary>
        protected abstract Type Model { get; }

        /// <summary>The API collection, as in GET /{collection}.</summary>
        protected abstract string Collection { get; }

        /// <summary>The cmdlet's class, as FullyQualifiedErrorId names it.</summary>
        protected abstract string CommandType { get; }

        /// <summary>What the API's not-found message calls one device.</summary>
        protected abstract string What { get; }

        private static EmulatorOptions Many() => new EmulatorOptions
        {
            UserCount = 4, VehicleCount = 4, ChargerCount = 23, HvacCount = 23, InverterCount = 23, BatteryCount = 23, MeterCount = 23, HemSystemCount = 23,
        };

        private static string IdOf(object device) => (string)device.GetType().GetProperty("Id")!.GetValue(device)!;

        [Fact]
        public void Streams_every_device_as_typed_objects_in_api_order()
        {
            using var session = new PowerShellSession(Many());

            var result = session.Run(Cmdlet + " -PageSize 5").AssertSucceeded();

            Assert.All(result.Objects, o => Assert.IsType(Model, o));
            Assert.All(result.Output, o => Assert.Equal("EnodePS." + Model.Name, o.TypeNames[0]));
            Assert.Equal(Table(session.Emulator.State).All.Select(r => r.Id), result.Objects.Select(IdOf));
            var pages = session.Emulator.Journal.Snapshot().Where(r => r.Operation == "GET /" + Collection).ToList();
            Assert.Equal(5, pages.Count);
            Assert.All(pages, r => Assert.Equal("5", r.Query["pageSize"]));
        }

        [Fact]
        public void Lists_one_users_devices()
        {
            using var session = new PowerShellSession(Many());
            var userId = session.Emulator.State.Users.All[2].Id;

            var result = session.Run(Cmdlet + " -UserId $userId", new { userId }).AssertSucceeded();

            Assert.Equal(Table(session.Emulator.State).All.Where(r => r.UserId == userId).Select(r => r.Id), result.Objects.Select(IdOf));
            Assert.NotEmpty(result.Output);
            Assert.Contains(session.Emulator.Journal.Snapshot(), r => r.Path == $"/users/{userId}/{Collection}");
        }

        [Fact]
        public void Gets_devices_emitted_by_itself_from_the_pipeline_and_reports_a_missing_one_without_stopping()
        {
            using var session = new PowerShellSession(new EmulatorOptions { VehicleCount = 40, UserCount = 4 });
            const string missingId = "00000000-0000-4000-8000-000000000000";
            var listed = session.Run(Cmdlet + " -First 2").AssertSucceeded().Output;

            var result = session.Run("$listed[0], [pscustomobject]@{ Id = $missingId }, $listed[1] | " + Cmdlet, new { listed, missingId });

            Assert.Equal(listed.Select(o => IdOf(o.BaseObject)), result.Objects.Select(IdOf));
            Assert.All(result.Objects, o => Assert.IsType(Model, o));
            var error = Assert.Single(result.AllErrors);
            Assert.Equal("EnodeNotFound," + CommandType, error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
            Assert.Equal(missingId, error.TargetObject);
            Assert.Contains($"The specified {What} was not found.", error.Exception.Message);
        }

        [Fact]
        public void First_and_skip_select_a_window_without_reading_further()
        {
            using var session = new PowerShellSession(Many());

            var result = session.Run(Cmdlet + " -First 4 -Skip 3").AssertSucceeded();

            Assert.Equal(Table(session.Emulator.State).All.Skip(3).Take(4).Select(r => r.Id), result.Objects.Select(IdOf));
            Assert.Equal("7", Assert.Single(session.Emulator.Journal.Snapshot(), r => r.Operation == "GET /" + Collection).Query["pageSize"]);
        }
    }
}
