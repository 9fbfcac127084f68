using System;
using System.Collections.Generic;
using EnodePS.Client.Models;
using EnodePS.Client.Paging;
using EnodePS.Client.Tests.Support;

namespace EnodePS.Client.Tests
{
    /// <summary>Every field the reference documents for these answers has a model property to land in.</summary>
    public class ModelCoverageTests
    {
        public static IEnumerable<object[]> Answers() => new[]
        {
            new object[] { "GET /chargers", typeof(Page<Charger>) },
            new object[] { "GET /chargers/{chargerId}", typeof(Charger) },
            new object[] { "GET /hvacs", typeof(Page<Hvac>) },
            new object[] { "GET /hvacs/{hvacId}", typeof(Hvac) },
            new object[] { "GET /inverters", typeof(Page<Inverter>) },
            new object[] { "GET /inverters/{inverterId}", typeof(Inverter) },
            new object[] { "GET /batteries", typeof(Page<Battery>) },
            new object[] { "GET /batteries/{batteryId}", typeof(Battery) },
            new object[] { "GET /meters", typeof(Page<Meter>) },
            new object[] { "GET /meters/{meterId}", typeof(Meter) },
            new object[] { "GET /hem-systems", typeof(Page<HemSystem>) },
            new object[] { "GET /hem-systems/{hemSystemId}", typeof(HemSystem) },
            new object[] { "GET /inverters/{inverterId}/statistics", typeof(InverterStatistics) },
            new object[] { "GET /hem-systems/{hemSystemId}/statistics", typeof(HemSystemStatistics) },
            new object[] { "GET /interventions/{interventionId}", typeof(Intervention) },
            new object[] { "GET /integrations", typeof(Integration) },
            new object[] { "GET /health/chargers", typeof(VendorHealth) },
            new object[] { "GET /health/vehicles", typeof(VendorHealth) },
            new object[] { "POST /vehicles/{vehicleId}/charging", typeof(VendorAction) },
            new object[] { "POST /vehicles/{vehicleId}/max-current", typeof(VendorAction) },
            new object[] { "GET /vehicles/actions/{actionId}", typeof(VendorAction) },
            new object[] { "POST /chargers/{chargerId}/charge-rate-limit", typeof(VendorAction) },
            new object[] { "GET /chargers/actions/{actionId}", typeof(VendorAction) },
            new object[] { "POST /hvacs/{hvacId}/permanent-hold", typeof(VendorAction) },
            new object[] { "POST /hvacs/{hvacId}/follow-schedule", typeof(VendorAction) },
            new object[] { "GET /hvacs/actions/{actionId}", typeof(VendorAction) },
            new object[] { "POST /batteries/{batteryId}/operation-mode", typeof(VendorAction) },
            new object[] { "POST /batteries/actions/{actionId}/cancel", typeof(VendorAction) },
            new object[] { "PUT /chargers/{chargerId}", typeof(Charger) },
            new object[] { "PUT /hvacs/{hvacId}", typeof(Hvac) },
        };

        [Theory]
        [MemberData(nameof(Answers))]
        public void The_model_has_a_property_for_every_documented_field(string operation, Type model)
        {
            var missing = ModelCoverage.MissingFields(model, operation, 200);
            Assert.True(missing.Count == 0, string.Join("\n", missing));
        }

        [Fact]
        public void An_incomplete_model_is_reported() =>
            Assert.Contains(ModelCoverage.MissingFields(typeof(Vehicle), "GET /chargers/{chargerId}", 200), m => m.StartsWith("chargeState.pluggedInVehicleId"));

        [Fact]
        public void The_202_answer_of_inverter_statistics_fits_the_same_model()
        {
            var missing = ModelCoverage.MissingFields(typeof(InverterStatistics), "GET /inverters/{inverterId}/statistics", 202);
            Assert.True(missing.Count == 0, string.Join("\n", missing));
        }
    }
}
