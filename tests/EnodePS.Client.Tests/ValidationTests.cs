using System;
using System.Linq;
using EnodePS.Client.Validation;

namespace EnodePS.Client.Tests
{
    public class ValidationTests
    {
        [Theory]
        [InlineData("22:00", "22:00")]
        [InlineData("7:05", "07:05")]
        [InlineData(" 00:00 ", "00:00")]
        [InlineData("23:59", "23:59")]
        public void Clock_times_are_normalised_to_HH_mm(string given, string expected) => Assert.Equal(expected, ClockTime.Check(given, "From"));

        [Theory]
        [InlineData("24:00")]
        [InlineData("12:60")]
        [InlineData("1200")]
        [InlineData("noon")]
        public void Bad_clock_times_name_the_parameter_and_the_format(string given)
        {
            var error = Assert.Throws<EnodeValidationException>(() => ClockTime.Check(given, "From"));
            Assert.Equal($"Cannot use '{given}' for From: a clock time HH:mm from 00:00 to 23:59, e.g. 22:00.", error.Message);
        }

        [Fact]
        public void Weekdays_take_names_abbreviations_numbers_and_DayOfWeek_with_0_for_Monday()
        {
            Assert.Equal(new[] { 0, 2, 4, 6 }, Weekdays.Check(new object?[] { "monday", "Wed", 4, "6", DayOfWeek.Sunday, "Mon" }, "Weekday"));
            var error = Assert.Throws<EnodeValidationException>(() => Weekdays.Check(new object?[] { "Funday" }, "Weekday"));
            Assert.Equal("Weekday", error.ParameterName);
            Assert.Contains("0 (Monday) to 6 (Sunday)", error.Message);
            Assert.Throws<EnodeValidationException>(() => Weekdays.Check(new object?[] { 7 }, "Weekday"));
            Assert.Throws<EnodeValidationException>(() => Weekdays.Check(new object?[] { "T" }, "Weekday"));
        }

        [Fact]
        public void Schedules_and_tariffs_read_weekdays_alike()
        {
            object?[] given = { "Mon-Wed", "Sa", 6, DayOfWeek.Friday };
            Assert.Equal(new[] { 0, 1, 2, 4, 5, 6 }, Weekdays.Check(given, "Weekday"));
            Assert.Equal(new[] { 0, 1, 2, 4, 5, 6 }, Weekdays.Read(given, "Interval 1 weekdays"));
            Assert.Equal(new[] { 5, 6 }, Weekdays.Check(new object?[] { "Sat,Sun" }, "Weekday"));
            Assert.Null(Weekdays.Read("", "Interval 1 weekdays"));
            Assert.Contains("runs backwards", Assert.Throws<ArgumentException>(() => Weekdays.Read("Fri-Mon", "Interval 1 weekdays")).Message);
            Assert.Equal("Weekday", Assert.Throws<EnodeValidationException>(() => Weekdays.Check(new object?[] { "Fri-Mon" }, "Weekday")).ParameterName);
        }

        [Fact]
        public void Time_zones_are_the_iana_names_whatever_the_platform()
        {
            Assert.Equal("America/New_York", TimeZoneNames.Check("america/new_york", "TimezoneName"));
            Assert.Equal("UTC", TimeZoneNames.Check("UTC", "TimezoneName"));
            Assert.Contains("Europe/Oslo", TimeZoneNames.All);
            Assert.True(TimeZoneNames.All.Count > 400);
            var error = Assert.Throws<EnodeValidationException>(() => TimeZoneNames.Check("W. Europe Standard Time", "TimezoneName"));
            Assert.Contains("IANA time zone name", error.Message);
        }

        [Fact]
        public void Coordinates_name_their_range()
        {
            Assert.Equal(-90, Coordinates.Latitude(-90, "Latitude"));
            Assert.Contains("from -90 to 90", Assert.Throws<EnodeValidationException>(() => Coordinates.Latitude(double.NaN, "Latitude")).Message);
            Assert.Contains("from -180 to 180", Assert.Throws<EnodeValidationException>(() => Coordinates.Longitude(-180.01, "Longitude")).Message);
        }

        [Theory]
        [InlineData("EnodePS.Vehicle", "vehicle")]
        [InlineData("Deserialized.EnodePS.Charger", "charger")]
        [InlineData("EnodePS.Client.Models.Hvac", "hvac")]
        [InlineData("Vehicle", "vehicle")]
        [InlineData("EnodePS.Location", null)]
        [InlineData(null, null)]
        public void Asset_types_come_from_model_type_names(string? typeName, string? expected) =>
            Assert.Equal(expected, AssetTypes.FromModelTypeName(typeName));

        [Fact]
        public void Scopes_need_read_data_for_each_asset_type_and_come_back_in_the_api_spelling()
        {
            Assert.Equal(new[] { "vehicle:read:data", "battery:read:data", "battery:control:operation_mode" },
                LinkScopes.Check(new[] { "Vehicle:Read:Data", "battery:read:data", "battery:control:operation_mode", "vehicle:read:data" }, null, "Scope"));
            var error = Assert.Throws<EnodeValidationException>(() => LinkScopes.Check(new[] { "vehicle:read:data", "charger:control:charging" }, null, "Scope"));
            Assert.Contains("charger:read:data scope is required", error.Message);
            Assert.Equal(LinkScopes.All.Count, LinkScopes.All.Distinct().Count());
        }
    }
}
