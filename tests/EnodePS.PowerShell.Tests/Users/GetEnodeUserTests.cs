using System.Linq;
using System.Management.Automation;
using EnodePS.Client.Models;
using EnodePS.Emulator;
using EnodePS.PowerShell.Tests.Support;

namespace EnodePS.PowerShell.Tests.Users
{
    public class GetEnodeUserTests
    {
        [Fact]
        public void Streams_every_user_and_gets_piped_ones_with_linked_vendors()
        {
            using var session = new PowerShellSession(new EmulatorOptions
            {
                UserCount = 6, VehicleCount = 6, ChargerCount = 0, HvacCount = 0, InverterCount = 0, BatteryCount = 0, MeterCount = 0, HemSystemCount = 0,
            });

            var listing = session.Run("$listed = Get-EnodeUser -PageSize 4; $listed").AssertSucceeded();
            var listed = listing.OutputOf<User>().ToList();
            Assert.Equal(session.Emulator.State.Users.All.Select(u => u.Id), listed.Select(u => u.Id));
            Assert.All(listing.Output, o => Assert.Equal("EnodePS.User", o.TypeNames[0]));
            Assert.Equal(2, session.Emulator.ServedOperations["GET /users"]);

            var result = session.Run("$listed[0], [pscustomobject]@{ Id = 'nobody' } | Get-EnodeUser");

            var user = Assert.Single(result.OutputOf<User>());
            Assert.Equal("vehicle", Assert.Single(user.LinkedVendors!).VendorType);
            var error = Assert.Single(result.Errors);
            Assert.Equal("EnodeNotFound,EnodePS.Cmdlets.Users.GetEnodeUserCommand", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
            Assert.Equal("nobody", error.TargetObject);
        }
    }
}
