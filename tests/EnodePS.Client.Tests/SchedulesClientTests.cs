using System;
using System.Collections;
using System.Linq;
using System.Threading.Tasks;
using EnodePS.Client.Errors;
using EnodePS.Client.Models;
using EnodePS.Client.Tests.Support;
using EnodePS.Client.Validation;
using EnodePS.Tests.Shared;

namespace EnodePS.Client.Tests
{
    public class SchedulesClientTests
    {
        [Fact]
        public async Task Creates_a_schedule_with_the_reference_body_and_reads_it_back_typed()
        {
            using var host = new LoopbackEmulator();
            using var client = ClientFactory.For(host);
            var vehicle = host.Emulator.State.Vehicles.All[0];
            var rule = ScheduleRules.Create("22:00", "6:00", new object[] { "Mon", 1 }, new DateTimeOffset(2024, 12, 1, 1, 0, 0, TimeSpan.FromHours(1)), null, true);

            var schedule = await client.Schedules.CreateAsync(vehicle.UserId!, new ScheduleRequest
            {
                TargetId = vehicle.Id, TargetType = "Vehicle", IsEnabled = true, DefaultShouldCharge = false, Rules = { rule },
            });

            Assert.Equal($"{{\"targetId\":\"{vehicle.Id}\",\"locationId\":null,\"targetType\":\"vehicle\",\"isEnabled\":true,\"defaultShouldCharge\":false,\"rules\":[{{\"hourMinute\":{{\"from\":\"22:00\",\"to\":\"06:00\"}},\"fromTimestamp\":\"2024-12-01T00:00:00.000Z\",\"weekdays\":[0,1],\"shouldCharge\":true}}]}}",
                host.Emulator.LastApiRequest().Body);
            Assert.Equal(("vehicle", vehicle.Id, true), (schedule.TargetType, schedule.TargetId, schedule.IsEnabled));
            var read = Assert.Single(schedule.Rules);
            Assert.Equal(("22:00", "06:00"), (read.HourMinute!.From, read.HourMinute.To));
            Assert.Equal(new[] { 0, 1 }, read.Weekdays);
            Assert.Equal(new DateTimeOffset(2024, 12, 1, 0, 0, 0, TimeSpan.Zero), read.FromTimestamp);
            Assert.Null(read.ToTimestamp);
            Assert.Equal(schedule.Id, (await client.Schedules.ListAsync(vehicle.UserId!).ToListAsync()).Single().Id);
        }

        [Fact]
        public async Task An_update_sends_only_what_changes_and_can_clear_the_location()
        {
            using var host = new LoopbackEmulator();
            using var client = ClientFactory.For(host);
            var vehicle = host.Emulator.State.Vehicles.All[0];
            var location = await client.Locations.CreateAsync(vehicle.UserId!, new LocationRequest { Name = "Home", Latitude = 1, Longitude = 1 });
            var schedule = await client.Schedules.CreateAsync(vehicle.UserId!, new ScheduleRequest { TargetId = vehicle.Id, TargetType = "vehicle", LocationId = location.Id });

            var disabled = await client.Schedules.UpdateAsync(schedule.Id, new ScheduleUpdate { IsEnabled = false });
            Assert.Equal("{\"isEnabled\":false}", host.Emulator.LastApiRequest().Body);
            Assert.Equal(location.Id, disabled.LocationId);

            var anywhere = await client.Schedules.UpdateAsync(schedule.Id, new ScheduleUpdate { ClearLocation = true, Rules = { } });
            Assert.Equal("{\"locationId\":null}", host.Emulator.LastApiRequest().Body);
            Assert.Null(anywhere.LocationId);

            await Assert.ThrowsAsync<EnodeValidationException>(() => client.Schedules.UpdateAsync(schedule.Id, new ScheduleUpdate()));
            await client.Schedules.DeleteAsync(schedule.Id);
            Assert.Equal(404, (await Assert.ThrowsAsync<EnodeApiException>(() => client.Schedules.GetAsync(schedule.Id))).StatusCode);
        }

        [Fact]
        public async Task The_status_is_typed_with_its_parts_and_transitions()
        {
            using var host = new LoopbackEmulator();
            using var client = ClientFactory.For(host);
            var vehicle = host.Emulator.State.Vehicles.All[0];
            var schedule = await client.Schedules.CreateAsync(vehicle.UserId!, new ScheduleRequest
            {
                TargetId = vehicle.Id, TargetType = "vehicle", IsEnabled = true, Rules = { ScheduleRules.Create("01:00", "05:00", null, null, null, true) },
            });

            var status = await client.Schedules.GetStatusAsync(schedule.Id);

            Assert.Equal(schedule.Id, status.ScheduleId);
            Assert.Equal("CHARGE", status.ScheduleType);
            Assert.Contains(status.State, new[] { "ALIGNED", "MISALIGNED" });
            Assert.NotNull(status.IsChargingExpectedParts);
            Assert.Equal(2, status.UpcomingTransitions.Count);
            Assert.NotEqual(status.UpcomingTransitions[0].ShouldCharge, status.UpcomingTransitions[1].ShouldCharge);
        }

        [Fact]
        public void Rules_from_hashtables_accept_the_friendly_and_the_api_shape_and_name_what_is_wrong()
        {
            var friendly = ScheduleRules.FromDictionary(new Hashtable { ["From"] = "22:00", ["To"] = "06:00", ["Weekday"] = new object[] { "Saturday", "sun" }, ["ShouldCharge"] = true }, "Rule[0]");
            var api = ScheduleRules.FromDictionary(new Hashtable { ["hourMinute"] = new Hashtable { ["from"] = "22:00", ["to"] = "06:00" }, ["weekdays"] = new[] { 5, 6 }, ["shouldCharge"] = true }, "Rule[1]");
            Assert.Equal(friendly.ToString(), api.ToString());
            Assert.Equal(new[] { 5, 6 }, api.Weekdays);

            var unknown = Assert.Throws<EnodeValidationException>(() => ScheduleRules.FromDictionary(new Hashtable { ["start"] = "22:00", ["shouldCharge"] = true }, "Rule[2]"));
            Assert.Contains("hourMinute, from, to, weekdays", unknown.Message);
            var noCharge = Assert.Throws<EnodeValidationException>(() => ScheduleRules.FromDictionary(new Hashtable { ["from"] = "22:00", ["to"] = "06:00" }, "Rule[3]"));
            Assert.Equal("Rule[3].shouldCharge", noCharge.ParameterName);
            var badDay = Assert.Throws<EnodeValidationException>(() => ScheduleRules.FromDictionary(new Hashtable { ["weekdays"] = 7, ["shouldCharge"] = false }, "Rule[4]"));
            Assert.Contains("0 (Monday) to 6 (Sunday)", badDay.Message);
            var halfInterval = Assert.Throws<EnodeValidationException>(() => ScheduleRules.FromDictionary(new Hashtable { ["from"] = "22:00", ["shouldCharge"] = true }, "Rule[5]"));
            Assert.Equal("Rule[5].to", halfInterval.ParameterName);
        }
    }
}
