using System.Management.Automation;
using EnodePS.Client.Errors;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Tests
{
    /// <summary>
    /// Problems the emulator never answers with, mapped directly: the emulator cannot make a device
    /// "Enode controlled", so this mapping has no real-PowerShell test.
    /// </summary>
    public class ErrorMapperTests
    {
        [Fact]
        public void The_enode_controlled_entity_problem_becomes_an_error_that_says_what_to_do()
        {
            var problem = new EnodeApiException(422, "POST", "/vehicles/v1/charging", new ProblemDetails
            {
                Type = "https://developers.enode.com/problems/enode-controlled-entity",
                Title = "Enode Controlled Entity",
                Detail = "Vehicle controlled by a Schedule or has active Smart Charging Plan",
            });

            var error = ErrorMapper.FromException(problem, "v1");

            Assert.Equal(("EnodeControlledEntity", ErrorCategory.InvalidOperation, (object?)"v1"), (error.ErrorId, error.Category, error.Target));
            Assert.Contains("Start-EnodeSmartOverride", error.Exception.Message);
            Assert.Contains("Set-EnodeSchedule -Enabled $false", error.Exception.Message);
            Assert.Contains("Set-EnodeSmartChargingPolicy -Enabled $false", error.RecommendedAction);
            Assert.Same(problem, error.Exception.InnerException);
        }
    }
}
