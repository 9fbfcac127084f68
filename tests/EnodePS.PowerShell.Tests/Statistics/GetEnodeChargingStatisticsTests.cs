using System;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using EnodePS.Client.Models;
using EnodePS.PowerShell.Tests.Support;

namespace EnodePS.PowerShell.Tests.Statistics
{
    public class GetEnodeChargingStatisticsTests
    {
        [Fact]
        public void Statistics_for_a_piped_vehicle_send_the_reference_query_and_give_flat_rows()
        {
            using var session = StatisticsSessions.November();
            var vehicle = session.Run("$vehicle = Get-EnodeVehicle -First 1; $vehicle").AssertSucceeded().OutputOf<Vehicle>().Single();

            var result = session.Run("$rows = $vehicle | Get-EnodeChargingStatistics -StartTime $start -EndTime $end -Resolution day; $rows",
                new { start = new DateTime(2024, 11, 1, 0, 0, 0, DateTimeKind.Utc), end = new DateTime(2024, 11, 8, 0, 0, 0, DateTimeKind.Utc) }).AssertSucceeded();

            var sent = session.Emulator.Journal.Api().Last();
            Assert.Equal($"/users/{vehicle.UserId}/statistics/charging", sent.Path);
            Assert.Equal(("2024-11-01T00:00:00.000Z", "2024-11-08T00:00:00.000Z", vehicle.Id, "vehicle", "DAY"),
                (sent.Query["startDate"], sent.Query["endDate"], sent.Query["id"], sent.Query["type"], sent.Query["resolution"]));
            var rows = result.OutputOf<ChargingStatistics>().ToList();
            Assert.Equal(7, rows.Count);
            Assert.All(result.Output, o => Assert.Equal("EnodePS.ChargingStatistics", o.TypeNames[0]));
            Assert.All(rows, r => Assert.Equal((vehicle.UserId, vehicle.Id, "DAY"), (r.UserId, r.DeviceId, r.Resolution)));
            Assert.True(rows.Sum(r => r.KwhSum) > 0);

            // What Export-Csv writes: one column per property, each a scalar.
            var columns = typeof(ChargingStatistics).GetProperties();
            Assert.All(columns, p => Assert.True(p.PropertyType.IsPrimitive || p.PropertyType == typeof(string) || p.PropertyType == typeof(DateTimeOffset)
                || (Nullable.GetUnderlyingType(p.PropertyType)?.IsPrimitive ?? false), p.Name));
            Assert.All(rows, r => Assert.DoesNotContain(columns, p => Convert.ToString(p.GetValue(r), CultureInfo.InvariantCulture)!.Contains("EnodePS")));
            var csv = session.Invoke("$rows | ConvertTo-Csv").Cast<string>().ToList();
            Assert.Equal(8, csv.Count);
            Assert.All(csv, line => Assert.DoesNotContain("EnodePS", line));
        }

        [Fact]
        public void Bad_ranges_types_and_offsets_name_the_parameter_before_sending()
        {
            using var session = StatisticsSessions.November();
            var userId = session.Emulator.State.Users.All[0].Id;
            session.Invoke("$location = New-EnodeLocation -UserId $userId -Name Home -Latitude 1 -Longitude 1", new { userId });
            var before = session.Emulator.RequestCount;
            var start = new { start = new DateTime(2024, 11, 2, 0, 0, 0, DateTimeKind.Utc) };

            var backwards = Assert.Single(session.Run("Get-EnodeChargingStatistics -UserId u -DeviceType vehicle -StartTime $start -EndTime $start.AddDays(-1)", start).AllErrors);
            Assert.Contains("for -EndTime: a time after -StartTime", backwards.Exception.Message);
            var offset = Assert.Single(session.Run("Get-EnodeChargingStatistics -UserId u -DeviceType vehicle -StartTime $start -UtcOffset 15", start).AllErrors);
            Assert.Contains("for -UtcOffset: a number of hours from -12 to 14", offset.Exception.Message);
            var notADevice = Assert.Single(session.Run("$location | Get-EnodeChargingSession -StartTime $start", start).AllErrors);
            Assert.Contains("Get-EnodeChargingSession cannot take a Location from the pipeline", notADevice.Exception.Message);
            Assert.Equal(("EnodeInvalidParameter,EnodePS.Cmdlets.Statistics.GetEnodeChargingStatisticsCommand", ErrorCategory.InvalidArgument), (backwards.FullyQualifiedErrorId, backwards.CategoryInfo.Category));
            Assert.Equal(("EnodeInvalidParameter,EnodePS.Cmdlets.Statistics.GetEnodeChargingStatisticsCommand", ErrorCategory.InvalidArgument), (offset.FullyQualifiedErrorId, offset.CategoryInfo.Category));
            Assert.Equal(("EnodeInputNotAccepted,EnodePS.Cmdlets.Statistics.GetEnodeChargingSessionCommand", ErrorCategory.InvalidType), (notADevice.FullyQualifiedErrorId, notADevice.CategoryInfo.Category));

            // A type outside the set is PowerShell's own binder's answer, naming the parameter and the allowed values.
            var type = Assert.Single(session.Run("Get-EnodeChargingSession -UserId u -DeviceType battery -StartTime $start", start).AllErrors);
            Assert.Equal("ParameterArgumentValidationError,EnodePS.Cmdlets.Statistics.GetEnodeChargingSessionCommand", type.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidData, type.CategoryInfo.Category);
            Assert.Contains("'DeviceType'", type.Exception.Message);
            Assert.Contains("charger,vehicle,hvac", type.Exception.Message);
            Assert.Equal(before, session.Emulator.RequestCount);
        }

        [Fact]
        public void The_deprecated_utc_offset_is_sent_with_a_warning()
        {
            using var session = StatisticsSessions.November();
            var userId = session.Emulator.State.Users.All[0].Id;

            var result = session.Run("Get-EnodeChargingStatistics -UserId $userId -DeviceType vehicle -StartTime $start -UtcOffset 1",
                new { userId, start = new DateTime(2024, 11, 2, 0, 0, 0, DateTimeKind.Utc) }).AssertSucceeded();

            Assert.Equal("1", session.Emulator.Journal.Api().Last().Query["utcOffset"]);
            Assert.Contains("deprecated", Assert.Single(result.Warnings));
        }
    }
}
