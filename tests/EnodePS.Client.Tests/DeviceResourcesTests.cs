using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using EnodePS.Client.Errors;
using EnodePS.Client.Paging;
using EnodePS.Client.Tests.Support;
using EnodePS.Emulator;
using EnodePS.Tests.Shared;

namespace EnodePS.Client.Tests
{
    /// <summary>Chargers, HVACs, inverters, batteries, meters and HEM systems over loopback: list, list a user's, get, 404, refresh.</summary>
    public class DeviceResourcesTests
    {
        /// <summary>A JSON number as a double, whichever CLR type the emulator stored it as.</summary>
        private static double? D(System.Text.Json.Nodes.JsonNode? node) =>
            node == null ? (double?)null : double.Parse(node.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture);

        private static LoopbackEmulator NewHost() => new LoopbackEmulator(new EmulatorOptions
        {
            UserCount = 3, ChargerCount = 9, HvacCount = 9, InverterCount = 9, BatteryCount = 9, MeterCount = 9, HemSystemCount = 5,
        });

        [Fact]
        public async Task Chargers_list_page_by_page_and_carry_every_value()
        {
            using var host = NewHost();
            using var client = ClientFactory.For(host);

            var chargers = await client.Chargers.ListAsync(options: new PageOptions { PageSize = 4 }).ToListAsync();

            Assert.Equal(host.Emulator.State.Chargers.All.Select(r => r.Id), chargers.Select(c => c.Id));
            Assert.Equal(3, host.Emulator.ServedOperations["GET /chargers"]);
            var record = host.Emulator.State.Chargers.All[0].Body;
            var charger = chargers[0];
            Assert.Equal((string?)record["vendor"], charger.Vendor);
            Assert.Equal((string?)record["chargeState"]!["powerDeliveryState"], charger.ChargeState.PowerDeliveryState);
            Assert.Equal(D(record["chargeState"]!["maxCurrent"]), charger.ChargeState.MaxCurrent);
            Assert.Equal((string?)record["information"]!["serialNumber"], charger.Information.SerialNumber);
            Assert.Equal(D(record["capabilities"]!["setChargeRateLimit"]!["allowedRange"]!["max"]), charger.Capabilities.SetChargeRateLimit.AllowedRange.Max);
            Assert.Equal((bool)record["capabilities"]!["startCharging"]!["isCapable"]!, charger.Capabilities.StartCharging.IsCapable);
            Assert.Equal(record["scopes"]!.AsArray().Select(s => (string)s!), charger.Scopes);
        }

        [Fact]
        public async Task Chargers_of_one_user_and_by_id_and_a_missing_one_is_an_api_error()
        {
            using var host = NewHost();
            using var client = ClientFactory.For(host);
            var userId = host.Emulator.State.Users.All[2].Id;

            var mine = await client.Chargers.ListAsync(userId).ToListAsync();
            var one = await client.Chargers.GetAsync(mine[0].Id);
            var error = await Assert.ThrowsAsync<EnodeApiException>(() => client.Chargers.GetAsync("nope"));

            Assert.Equal(host.Emulator.State.Chargers.All.Where(r => r.UserId == userId).Select(r => r.Id), mine.Select(c => c.Id));
            Assert.Equal(mine[0].Id, one.Id);
            Assert.Equal(404, error.StatusCode);
            Assert.Equal("The specified charger was not found.", error.Detail);
        }

        [Fact]
        public async Task Hvacs_carry_thermostat_state_and_capabilities()
        {
            using var host = NewHost();
            using var client = ClientFactory.For(host);
            var userId = host.Emulator.State.Users.All[0].Id;

            var hvacs = await client.Hvacs.ListAsync(userId).ToListAsync();
            var record = host.Emulator.State.Hvacs.Find(hvacs[0].Id)!.Body;
            var hvac = await client.Hvacs.GetAsync(hvacs[0].Id);

            Assert.All(hvacs, h => Assert.Equal(userId, h.UserId));
            Assert.Equal((string?)record["thermostatState"]!["mode"], hvac.ThermostatState.Mode);
            Assert.Equal(D(record["thermostatState"]!["heatSetpoint"]), hvac.ThermostatState.HeatSetpoint);
            Assert.Equal(D(record["temperatureState"]!["currentTemperature"]), hvac.TemperatureState.CurrentTemperature);
            Assert.Equal((string?)record["information"]!["category"], hvac.Information.Category);
            Assert.Equal(record["capabilities"]!["capableModes"]!.AsArray().Select(m => (string)m!), hvac.Capabilities.CapableModes!);
            Assert.Equal(D(record["capabilities"]!["heatSetpointRange"]?["max"]), hvac.Capabilities.HeatSetpointRange?.Max);
            Assert.Equal(404, (await Assert.ThrowsAsync<EnodeApiException>(() => client.Hvacs.GetAsync("nope"))).StatusCode);
        }

        [Fact]
        public async Task Inverters_carry_production_location_and_hem_system()
        {
            using var host = NewHost();
            using var client = ClientFactory.For(host);

            var inverters = await client.Inverters.ListAsync(options: new PageOptions { First = 4, Skip = 2 }).ToListAsync();
            var record = host.Emulator.State.Inverters.Find(inverters[0].Id)!.Body;
            var inverter = await client.Inverters.GetAsync(inverters[0].Id);

            Assert.Equal(host.Emulator.State.Inverters.All.Skip(2).Take(4).Select(r => r.Id), inverters.Select(i => i.Id));
            Assert.Equal(D(record["productionState"]!["productionRate"]), inverter.ProductionState.ProductionRate);
            Assert.Equal((string?)record["timezone"], inverter.Timezone);
            Assert.Equal(D(record["location"]!["latitude"]), inverter.Location.Latitude);
            Assert.Equal((string?)record["information"]!["sn"], inverter.Information.Sn);
            Assert.Equal((string?)record["hemSystemId"], inverter.HemSystemId);
        }

        [Fact]
        public async Task Batteries_carry_charge_state_and_operation_mode()
        {
            using var host = NewHost();
            using var client = ClientFactory.For(host);

            var batteries = await client.Batteries.ListAsync().ToListAsync();
            var record = host.Emulator.State.Batteries.All[4].Body;
            var battery = await client.Batteries.GetAsync(batteries[4].Id);

            Assert.Equal(9, batteries.Count);
            Assert.Equal((string?)record["chargeState"]!["status"], battery.ChargeState.Status);
            Assert.Equal(D(record["chargeState"]!["batteryCapacity"]), battery.ChargeState.BatteryCapacity);
            Assert.Equal(D(record["chargeState"]!["dischargeLimit"]), battery.ChargeState.DischargeLimit);
            Assert.Equal((string?)record["config"]!["operationMode"], battery.Config.OperationMode);
            Assert.Equal((bool)record["capabilities"]!["timeOfUse"]!["isCapable"]!, battery.Capabilities.TimeOfUse.IsCapable);
        }

        [Fact]
        public async Task Meters_carry_energy_state_and_capabilities()
        {
            using var host = NewHost();
            using var client = ClientFactory.For(host);
            var userId = host.Emulator.State.Users.All[1].Id;

            var meters = await client.Meters.ListAsync(userId, new PageOptions { PageSize = 1 }).ToListAsync();
            var meter = await client.Meters.GetAsync(meters[0].Id);
            var record = host.Emulator.State.Meters.Find(meter.Id)!.Body;

            Assert.Equal(3, meters.Count);
            Assert.Equal(D(record["energyState"]!["power"]), meter.EnergyState.Power);
            Assert.Equal((bool)record["capabilities"]!["measuresConsumption"]!["isCapable"]!, meter.Capabilities.MeasuresConsumption.IsCapable);
            Assert.Equal((string?)record["information"]!["siteName"], meter.Information.SiteName);
        }

        [Fact]
        public async Task Hem_systems_carry_information_and_todays_energy()
        {
            using var host = NewHost();
            using var client = ClientFactory.For(host);

            var systems = await client.HemSystems.ListAsync().ToListAsync();
            var system = await client.HemSystems.GetAsync(systems[1].Id);
            var record = host.Emulator.State.HemSystems.Find(system.Id)!.Body;
            var byUser = await client.HemSystems.ListAsync(system.UserId).ToListAsync();

            Assert.Equal(5, systems.Count);
            Assert.Contains(byUser, s => s.Id == system.Id);
            Assert.Equal((string?)record["information"]!["vendor"], system.Information.Vendor);
            Assert.Equal((string?)record["information"]!["timezone"], system.Information.Timezone);
            Assert.Equal(D(record["status"]!["energy"]!["today"]!["generation"]), system.Status.Energy.Today.Generation);
            Assert.Equal(D(record["status"]!["energy"]!["today"]!["import"]), system.Status.Energy.Today.Import);
            Assert.Equal("kWh", system.Status.Energy.Today.Unit);
            Assert.Equal("The specified HEM system was not found.", (await Assert.ThrowsAsync<EnodeApiException>(() => client.HemSystems.GetAsync("nope"))).Detail);
        }

        [Fact]
        public async Task Refresh_hints_post_to_each_device_type_and_report_a_missing_device()
        {
            using var host = NewHost();
            using var client = ClientFactory.For(host);
            var state = host.Emulator.State;

            await client.Chargers.RequestRefreshAsync(state.Chargers.All[0].Id);
            await client.Hvacs.RequestRefreshAsync(state.Hvacs.All[0].Id);
            await client.Inverters.RequestRefreshAsync(state.Inverters.All[0].Id);
            await client.Batteries.RequestRefreshAsync(state.Batteries.All[0].Id);
            await client.Meters.RequestRefreshAsync(state.Meters.All[0].Id);
            await client.Devices.RequestRefreshAsync("vehicle", state.Vehicles.All[0].Id);
            var missing = await Assert.ThrowsAsync<EnodeApiException>(() => client.Meters.RequestRefreshAsync("nope"));

            var posts = host.Emulator.Journal.Snapshot().Where(r => r.Method == "POST" && r.Path.EndsWith("/refresh-hint")).ToList();
            Assert.Equal(new[]
            {
                $"/chargers/{state.Chargers.All[0].Id}/refresh-hint", $"/hvacs/{state.Hvacs.All[0].Id}/refresh-hint",
                $"/inverters/{state.Inverters.All[0].Id}/refresh-hint", $"/batteries/{state.Batteries.All[0].Id}/refresh-hint",
                $"/meters/{state.Meters.All[0].Id}/refresh-hint", $"/vehicles/{state.Vehicles.All[0].Id}/refresh-hint", "/meters/nope/refresh-hint",
            }, posts.Select(p => p.Path));
            Assert.All(posts.Take(6), p => Assert.Equal(204, p.Status));
            Assert.All(posts, p => Assert.Equal("", p.Body));
            Assert.Equal("The specified meter was not found.", missing.Detail);
        }

        [Fact]
        public async Task Any_device_can_be_got_by_type_and_id_as_its_own_model()
        {
            using var host = NewHost();
            using var client = ClientFactory.For(host);
            var state = host.Emulator.State;

            Assert.IsType<Models.Vehicle>(await client.Devices.GetAsync("vehicle", state.Vehicles.All[0].Id));
            Assert.Equal(state.Chargers.All[1].Id, Assert.IsType<Models.Charger>(await client.Devices.GetAsync("Charger", state.Chargers.All[1].Id)).Id);
            Assert.IsType<Models.Hvac>(await client.Devices.GetAsync("hvac", state.Hvacs.All[0].Id));
            Assert.IsType<Models.Inverter>(await client.Devices.GetAsync("inverter", state.Inverters.All[0].Id));
            Assert.IsType<Models.Battery>(await client.Devices.GetAsync("battery", state.Batteries.All[0].Id));
            Assert.IsType<Models.Meter>(await client.Devices.GetAsync("meter", state.Meters.All[0].Id));
            Assert.Equal(404, (await Assert.ThrowsAsync<EnodeApiException>(() => client.Devices.GetAsync("meter", "nope"))).StatusCode);
        }

        [Fact]
        public async Task A_refresh_hint_for_a_device_object_infers_its_type_and_anything_else_is_refused_before_sending()
        {
            using var host = NewHost();
            using var client = ClientFactory.For(host);
            var battery = await client.Batteries.GetAsync(host.Emulator.State.Batteries.All[1].Id);
            host.Emulator.Journal.Clear();

            await client.Devices.RequestRefreshAsync(battery);
            var notADevice = await Assert.ThrowsAsync<System.ArgumentException>(() => client.Devices.RequestRefreshAsync(new object()));
            var badType = await Assert.ThrowsAsync<System.ArgumentException>(() => client.Devices.RequestRefreshAsync("boat", "x"));

            Assert.Equal($"/batteries/{battery.Id}/refresh-hint", Assert.Single(host.Emulator.Journal.Snapshot()).Path);
            Assert.Equal("device", notADevice.ParamName);
            Assert.Equal("deviceType", badType.ParamName);
            Assert.Contains("vehicle, charger, hvac, inverter, battery, meter", badType.Message);
        }
    }
}
