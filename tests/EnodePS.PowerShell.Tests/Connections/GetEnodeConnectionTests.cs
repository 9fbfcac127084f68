using System.Linq;
using System.Management.Automation;
using EnodePS.PowerShell.Tests.Support;

namespace EnodePS.PowerShell.Tests.Connections
{
    public class GetEnodeConnectionTests
    {
        [Fact]
        public void Returns_the_current_connection_by_default_and_by_name_or_wildcard()
        {
            using var session = new PowerShellSession();
            var current = session.Invoke("Get-EnodeConnection").Single();

            Assert.Same(current, session.Invoke("Get-EnodeConnection -Name custom").Single());
            Assert.Same(current, session.Invoke("Get-EnodeConnection cus*").Single());
            Assert.Same(current, session.Invoke("Get-EnodeConnection -All").Single());
            Assert.Equal("EnodePS.EnodeConnection", session.Run("Get-EnodeConnection").Output.Single().TypeNames[0]);

            var missing = session.Run("Get-EnodeConnection -Name nope");
            var error = Assert.Single(missing.Errors);
            Assert.Equal("EnodeConnectionNotFound,EnodePS.Cmdlets.Connections.GetEnodeConnectionCommand", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
            Assert.Equal("nope", error.TargetObject);
        }
    }
}
