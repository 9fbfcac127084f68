using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using EnodePS.Client.Models;

namespace EnodePS.Client.Tests
{
    /// <summary>
    /// Models start with empty nested objects and lists, so that a field the API leaves out reads as empty rather
    /// than $null. The JSON contexts fill those defaults in place (Populate) instead of building a second set and
    /// dropping the first: half the allocation per listed item.
    /// </summary>
    public class ModelReadingTests
    {
        [Fact]
        public void Every_context_fills_default_objects_in_place()
        {
            var contexts = typeof(Vehicle).Assembly.GetTypes()
                .Where(t => typeof(JsonSerializerContext).IsAssignableFrom(t) && !t.IsAbstract)
                .Select(t => (Type: t, Context: (JsonSerializerContext)t.GetProperty("Default", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!))
                .ToList();
            Assert.NotEmpty(contexts);

            Assert.True(contexts.Count >= 15, $"only {contexts.Count} contexts found");
            Assert.All(contexts, c => Assert.True(c.Context.Options.PreferredObjectCreationHandling == JsonObjectCreationHandling.Populate, c.Type.Name));
        }

        [Fact]
        public void A_left_out_object_reads_as_its_empty_default_and_an_explicit_null_as_null()
        {
            var vehicle = JsonSerializer.Deserialize("{\"id\":\"v\",\"chargeState\":null,\"scopes\":null,\"information\":{\"brand\":\"Tesla\"}}",
                VehiclesJsonContext.Default.Vehicle)!;

            Assert.Null(vehicle.ChargeState);
            Assert.Null(vehicle.Scopes);
            Assert.Equal("Tesla", vehicle.Information.Brand);
            Assert.NotNull(vehicle.Odometer);
            Assert.NotNull(vehicle.Capabilities.ChargeState);
            Assert.Empty(vehicle.Capabilities.ChargeState.InterventionIds);
        }

        [Fact]
        public void Each_read_starts_from_fresh_defaults()
        {
            var first = JsonSerializer.Deserialize("{\"id\":\"a\",\"scopes\":[\"vehicle:read:data\"],\"capabilities\":{\"chargeState\":{\"interventionIds\":[\"i1\"]}}}",
                VehiclesJsonContext.Default.Vehicle)!;
            var second = JsonSerializer.Deserialize("{\"id\":\"b\",\"scopes\":[\"vehicle:control:charging\"]}", VehiclesJsonContext.Default.Vehicle)!;

            Assert.Equal(new[] { "vehicle:read:data" }, first.Scopes);
            Assert.Equal(new[] { "vehicle:control:charging" }, second.Scopes);
            Assert.Equal(new[] { "i1" }, first.Capabilities.ChargeState.InterventionIds);
            Assert.Empty(second.Capabilities.ChargeState.InterventionIds);
            Assert.NotSame(first.Capabilities, second.Capabilities);
        }
    }
}
