using System.Linq;
using System.Management.Automation;
using EnodePS.PowerShell.Tests.Support;

namespace EnodePS.PowerShell.Tests.Users
{
    public class DisconnectEnodeVendorTests
    {
        [Fact]
        public void Takes_linked_vendors_from_the_pipeline()
        {
            using var session = new PowerShellSession();
            session.Emulator.CompleteLink("multi", "vehicle", "TESLA");
            session.Emulator.CompleteLink("multi", "vehicle", "BMW");

            session.Run("(Get-EnodeUser -Id multi).LinkedVendors | Where-Object Vendor -eq BMW | Disconnect-EnodeVendor -UserId multi").AssertSucceeded();

            Assert.Equal(("DELETE", "/users/multi/vendors/BMW/vehicle"), (session.Emulator.Journal.Api().Last().Method, session.Emulator.Journal.Api().Last().Path));
            session.Run("Disconnect-EnodeVendor -UserId multi -Vendor tesla").AssertSucceeded();
            Assert.Equal("/users/multi/vendors/TESLA", session.Emulator.Journal.Api().Last().Path);

            var bad = Assert.Single(session.Run("Disconnect-EnodeVendor -UserId multi -Vendor Acme").AllErrors);
            Assert.Equal("EnodeInvalidParameter,EnodePS.Cmdlets.Users.DisconnectEnodeVendorCommand", bad.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidArgument, bad.CategoryInfo.Category);
            Assert.Contains("for -Vendor:", bad.Exception.Message);
            var before = session.Emulator.RequestCount;
            session.Run("Disconnect-EnodeVendor multi KIA -DeviceType vehicle -WhatIf").AssertSucceeded();
            session.Host.Answer = PromptAnswer.No;
            var declined = session.Run("Disconnect-EnodeVendor multi KIA -DeviceType vehicle -Confirm");
            Assert.Empty(declined.AllErrors);
            Assert.Contains(ConfirmPrompt.Operation("Disconnect the vendor and remove its devices", "KIA vehicle of user multi"), Assert.Single(declined.Prompts));
            Assert.Equal(before, session.Emulator.RequestCount);
        }
    }
}
