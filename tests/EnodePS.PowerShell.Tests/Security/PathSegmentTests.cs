using System.Linq;
using System.Management.Automation;
using EnodePS.PowerShell.Tests.Support;

namespace EnodePS.PowerShell.Tests.Security
{
    /// <summary>Issue 17, item 1: ids that would climb out of their path segment are refused before anything is sent.</summary>
    public class PathSegmentTests
    {
        [Theory]
        [InlineData("Get-EnodeVehicle -UserId '..'", "GetEnodeVehicleCommand", "-userId", "..")]
        [InlineData("Get-EnodeVehicle -Id '.'", "GetEnodeVehicleCommand", "-id", ".")]
        [InlineData("Get-EnodeVehicle -Id '   '", "GetEnodeVehicleCommand", "-id", "   ")]
        [InlineData("Unregister-EnodeWebhook -Id '..' -Confirm:$false", "UnregisterEnodeWebhookCommand", "-id", "..")]
        [InlineData("Disconnect-EnodeVendor -UserId '..' -Vendor TESLA -DeviceType vehicle -Confirm:$false", "DisconnectEnodeVendorCommand", "-userId", "..")]
        public void Dot_segment_and_blank_ids_fail_naming_the_parameter_and_send_nothing(string script, string command, string parameter, string id)
        {
            using var session = new PowerShellSession();
            session.Emulator.Journal.Clear();

            var result = session.Run(script);

            Assert.Empty(result.Output);
            var error = Assert.Single(result.AllErrors);
            Assert.StartsWith("EnodeInvalidParameter,", error.FullyQualifiedErrorId);
            Assert.EndsWith(command, error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
            Assert.StartsWith($"Cannot use '{id}' for {parameter}: an id", error.Exception.Message);
            Assert.DoesNotContain("(Parameter", error.Exception.Message);
            Assert.Empty(session.Emulator.Journal.Api());
        }
    }
}
