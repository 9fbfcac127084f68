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

            session.Run("(Get-EnodeUser -Id multi).LinkedVendors | Where-Object Vendor -eq BMW | Disconnect-EnodeVendor -UserId multi -Confirm:$false").AssertSucceeded();

            Assert.Equal(("DELETE", "/users/multi/vendors/BMW/vehicle"), (session.Emulator.Journal.Api().Last().Method, session.Emulator.Journal.Api().Last().Path));
            session.Run("Disconnect-EnodeVendor -UserId multi -Vendor tesla -AllVendorTypes -Confirm:$false").AssertSucceeded();
            Assert.Equal("/users/multi/vendors/TESLA", session.Emulator.Journal.Api().Last().Path);

            var bad = Assert.Single(session.Run("Disconnect-EnodeVendor -UserId multi -Vendor Acme -AllVendorTypes -Confirm:$false").AllErrors);
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
    

        [Fact]
        public void A_piped_device_disconnects_its_vendor_for_its_own_type_only()
        {
            using var session = new PowerShellSession();
            var vehicle = Assert.Single(session.Run("Get-EnodeVehicle -First 1").AssertSucceeded().OutputOf<EnodePS.Client.Models.Vehicle>());

            session.Run("Get-EnodeVehicle -Id $id | Disconnect-EnodeVendor -Confirm:$false", new { id = vehicle.Id }).AssertSucceeded();

            var sent = Assert.Single(session.Emulator.Journal.Mutating());
            Assert.Equal($"/users/{vehicle.UserId}/vendors/{vehicle.Vendor}/vehicle", sent.Path);
        }

        [Fact]
        public void Every_type_of_a_vendor_needs_an_explicit_parameter()
        {
            using var session = new PowerShellSession();
            var command = ModuleCommands.Named("Disconnect-EnodeVendor");

            Assert.All(command.ParameterSets.Where(set => set.Name != "InputObject"), set =>
                Assert.Contains(set.Parameters, p => p.IsMandatory && (p.Name == "DeviceType" || p.Name == "AllVendorTypes")));
            var result = session.Run("Disconnect-EnodeVendor -UserId multi -Vendor TESLA -ErrorAction Stop");
            Assert.NotEmpty(result.AllErrors);
            Assert.Empty(session.Emulator.Journal.Mutating());
        }

        [Theory]
        [InlineData("Disconnect-EnodeVendor")]
        [InlineData("Remove-EnodeUser")]
        [InlineData("Revoke-EnodeUserAuthorization")]
        [InlineData("Unregister-EnodeWebhook")]
        public void Cmdlets_that_delete_users_credentials_devices_or_webhooks_are_high_impact(string name)
        {
            var attribute = (CmdletAttribute)ModuleCommands.Named(name).ImplementingType.GetCustomAttributes(typeof(CmdletAttribute), false).Single();
            Assert.Equal(ConfirmImpact.High, attribute.ConfirmImpact);
        }

        [Fact]
        public void A_confirmation_a_non_interactive_session_cannot_ask_names_confirm_false_and_force()
        {
            var result = PwshProcess.Command(
                "Import-Module ./out/EnodePS/EnodePS.psd1; Connect-Enode -Environment Emulator | Out-Null; " +
                "$id = (Get-EnodeUser -First 1).Id; " +
                "try { Remove-EnodeUser -Id $id -ErrorAction Stop } catch { 'ERRORID=' + $_.FullyQualifiedErrorId; $_.Exception.Message }; " +
                "'LEFT=' + @(Get-EnodeUser -Id $id).Count");

            Assert.Contains("ERRORID=EnodeConfirmationRequired,EnodePS.Cmdlets.Users.RemoveEnodeUserCommand", result.Output);
            Assert.Contains("-Confirm:$false or -Force", result.Output);
            Assert.Contains("LEFT=1", result.Output);
            Assert.DoesNotContain("EnodeUnexpectedError", result.Output);
        }
    }
}
