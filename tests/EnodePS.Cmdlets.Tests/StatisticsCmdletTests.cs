using System;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using EnodePS.Client.Models;
using EnodePS.Cmdlets.Statistics;
using EnodePS.Cmdlets.Tests.Support;
using EnodePS.Cmdlets.Vehicles;
using EnodePS.Emulator;
using EnodePS.Emulator.Time;

namespace EnodePS.Cmdlets.Tests
{
    public class StatisticsCmdletTests
    {
        private static CmdletSession Session() => new CmdletSession(new EmulatorOptions
        {
            VehicleCount = 4, UserCount = 2, Clock = new ManualEmulatorClock(new DateTimeOffset(2024, 11, 10, 12, 0, 0, TimeSpan.Zero)),
        });

        [Fact]
        public void Statistics_for_a_piped_vehicle_send_the_reference_query_and_give_flat_rows()
        {
            using var session = Session();
            var vehicle = session.Run(new GetEnodeVehicleCommand()).OutputOf<Vehicle>().First();

            var host = session.Run(new GetEnodeChargingStatisticsCommand
            {
                StartDate = new DateTime(2024, 11, 1, 0, 0, 0, DateTimeKind.Utc), EndDate = new DateTime(2024, 11, 8, 0, 0, 0, DateTimeKind.Utc), Resolution = "day",
            }, vehicle);

            var sent = session.Emulator.LastApiRequest();
            Assert.Equal($"/users/{vehicle.UserId}/statistics/charging", sent.Path);
            Assert.Equal(("2024-11-01T00:00:00.000Z", "2024-11-08T00:00:00.000Z", vehicle.Id, "vehicle", "DAY"),
                (sent.Query["startDate"], sent.Query["endDate"], sent.Query["id"], sent.Query["type"], sent.Query["resolution"]));
            var rows = host.OutputOf<ChargingStatistics>().ToList();
            Assert.Equal(7, rows.Count);
            Assert.All(rows, r => Assert.Equal((vehicle.UserId, vehicle.Id, "DAY"), (r.UserId, r.DeviceId, r.Resolution)));
            Assert.True(rows.Sum(r => r.KwhSum) > 0);

            // What Export-Csv writes: one column per property, each a scalar.
            var columns = typeof(ChargingStatistics).GetProperties();
            Assert.All(columns, p => Assert.True(p.PropertyType.IsPrimitive || p.PropertyType == typeof(string) || p.PropertyType == typeof(DateTimeOffset)
                || (Nullable.GetUnderlyingType(p.PropertyType)?.IsPrimitive ?? false), p.Name));
            Assert.All(rows, r => Assert.DoesNotContain(columns, p => Convert.ToString(p.GetValue(r), CultureInfo.InvariantCulture)!.Contains("EnodePS")));
        }

        [Fact]
        public void Sessions_for_a_user_and_type_are_flat_rows_summing_to_the_series()
        {
            using var session = Session();
            var userId = session.Emulator.State.Users.All[0].Id;
            var range = (Start: new DateTime(2024, 11, 2, 12, 0, 0, DateTimeKind.Utc), End: new DateTime(2024, 11, 6, 12, 0, 0, DateTimeKind.Utc));

            var sessions = session.Run(new GetEnodeChargingSessionCommand { UserId = userId, Type = "Vehicle", StartDate = range.Start, EndDate = range.End }).OutputOf<ChargingSession>().ToList();
            Assert.Equal(new[] { "startDate", "endDate", "type" }, session.Emulator.LastApiRequest().Query.Keys);
            Assert.Equal($"/users/{userId}/statistics/charging/sessions", session.Emulator.LastApiRequest().Path);
            var series = session.Run(new GetEnodeChargingStatisticsCommand { UserId = userId, Type = "vehicle", StartDate = range.Start, EndDate = range.End, Resolution = "HOUR" }).OutputOf<ChargingStatistics>().ToList();

            Assert.NotEmpty(sessions);
            Assert.All(sessions, s => Assert.True(s.Duration > TimeSpan.Zero && !string.IsNullOrEmpty(s.DeviceId)));
            Assert.Equal(series.Sum(r => r.KwhSum)!.Value, sessions.Sum(s => s.KwhSum)!.Value, 2);
        }

        [Fact]
        public void Bad_ranges_types_and_offsets_name_the_parameter_before_sending()
        {
            using var session = Session();
            var before = session.Emulator.RequestCount;
            var start = new DateTime(2024, 11, 2, 0, 0, 0, DateTimeKind.Utc);

            var backwards = session.Run(new GetEnodeChargingStatisticsCommand { UserId = "u", Type = "vehicle", StartDate = start, EndDate = start.AddDays(-1) });
            Assert.Contains("for -EndDate: a time after -StartDate", backwards.Terminating!.Exception.Message);
            var offset = session.Run(new GetEnodeChargingStatisticsCommand { UserId = "u", Type = "vehicle", StartDate = start, UtcOffset = 15 });
            Assert.Contains("for -UtcOffset: a number of hours from -12 to 14", offset.Terminating!.Exception.Message);
            var type = session.Run(new GetEnodeChargingSessionCommand { UserId = "u", Type = "battery", StartDate = start });
            Assert.Contains("for -Type: one of charger, vehicle, hvac", type.Terminating!.Exception.Message);
            var notADevice = session.Run(new GetEnodeChargingSessionCommand { StartDate = start }, new Location { Id = "l", UserId = "u" });
            Assert.Contains("for -InputObject: a vehicle, charger or HVAC object", notADevice.Terminating!.Exception.Message);
            Assert.All(new[] { backwards, offset, type, notADevice }, h => Assert.Equal(("EnodeInvalidParameter", ErrorCategory.InvalidArgument), (h.Terminating!.ErrorId, h.Terminating.Category)));
            Assert.Equal(before, session.Emulator.RequestCount);
        }

        [Fact]
        public void The_deprecated_utc_offset_is_sent_with_a_warning_and_an_unknown_device_is_an_error()
        {
            using var session = Session();
            var userId = session.Emulator.State.Users.All[0].Id;

            var host = session.Run(new GetEnodeChargingStatisticsCommand { UserId = userId, Type = "vehicle", StartDate = new DateTime(2024, 11, 2, 0, 0, 0, DateTimeKind.Utc), UtcOffset = 1 });
            Assert.Equal("1", session.Emulator.LastApiRequest().Query["utcOffset"]);
            Assert.Contains("deprecated", host.Warnings.Single());

            var missing = session.Run(new GetEnodeChargingSessionCommand { UserId = userId, Type = "vehicle", DeviceId = "nope", StartDate = new DateTime(2024, 11, 2, 0, 0, 0, DateTimeKind.Utc) });
            Assert.Equal(("EnodeNotFound", (object?)userId), (missing.Errors.Single().ErrorId, missing.Errors.Single().Target));
        }
    }
}
