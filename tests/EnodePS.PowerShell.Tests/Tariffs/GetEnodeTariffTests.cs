using System.Linq;
using System.Management.Automation;
using EnodePS.Client.Models;
using EnodePS.PowerShell.Tests.Support;
using static EnodePS.PowerShell.Tests.Tariffs.SetEnodeTariffTests;

namespace EnodePS.PowerShell.Tests.Tariffs
{
    public class GetEnodeTariffTests
    {
        [Fact]
        public void Get_tariff_reports_a_missing_one_and_goes_on()
        {
            using var session = Session();
            session.Invoke("Set-EnodeTariff -Id a -Rate @{ X = 1 }");

            var result = session.Run("[pscustomobject]@{ Id = 'missing' }, [pscustomobject]@{ TariffId = 'a' } | Get-EnodeTariff");

            Assert.Equal("a", result.OutputOf<Tariff>().Single().Id);
            var error = Assert.Single(result.Errors);
            Assert.Equal("EnodeNotFound,EnodePS.Cmdlets.Tariffs.GetEnodeTariffCommand", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
            Assert.Equal("missing", error.TargetObject);
        }

        [Fact]
        public void Id_binds_from_the_pipeline_and_has_an_alias() => CmdletContract.AssertIdBindsFromThePipelineAndHasAnAlias("Get-EnodeTariff");

        [Fact]
        public void Every_output_type_has_a_view() => CmdletContract.AssertEveryOutputTypeHasAView("Get-EnodeTariff");

        [Fact]
        public void The_help_page_describes_each_parameter_with_two_examples() =>
            CmdletContract.AssertHelpPageDescribesEachParameterWithTwoExamples("Get-EnodeTariff");
    }
}
