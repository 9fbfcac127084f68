using System;
using System.Linq;
using System.Management.Automation;
using EnodePS.PowerShell.Tests.Support;
using static EnodePS.PowerShell.Tests.Tariffs.SetEnodeTariffTests;

namespace EnodePS.PowerShell.Tests.Tariffs
{
    public class GetEnodeLocationTariffTests
    {
        [Fact]
        public void Get_location_tariff_of_an_unknown_location_is_not_found()
        {
            using var session = Session();
            var location = Guid.NewGuid().ToString();

            var result = session.Run("Get-EnodeLocationTariff -LocationId $location", new { location });

            var error = Assert.Single(result.Errors);
            Assert.Equal("EnodeNotFound,EnodePS.Cmdlets.Tariffs.GetEnodeLocationTariffCommand", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
            Assert.Equal(location, error.TargetObject);
            Assert.Empty(result.Output);
        }

        [Fact]
        public void Every_output_type_has_a_view() => CmdletContract.AssertEveryOutputTypeHasAView("Get-EnodeLocationTariff");

        [Fact]
        public void The_help_page_describes_each_parameter_with_two_examples() =>
            CmdletContract.AssertHelpPageDescribesEachParameterWithTwoExamples("Get-EnodeLocationTariff");
    }
}
