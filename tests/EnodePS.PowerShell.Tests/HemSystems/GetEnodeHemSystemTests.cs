using System;
using System.Linq;
using EnodePS.Client.Models;
using EnodePS.Emulator.State;
using EnodePS.PowerShell.Tests.Devices;
using EnodePS.PowerShell.Tests.Support;

namespace EnodePS.PowerShell.Tests.HemSystems
{
    public class GetEnodeHemSystemTests : DeviceListingTests
    {
        protected override string Cmdlet => "Get-EnodeHemSystem";
        protected override RecordTable Table(EmulatorState state) => state.HemSystems;
        protected override Type Model => typeof(HemSystem);
        protected override string Collection => "hem-systems";
        protected override string CommandType => "EnodePS.Cmdlets.HemSystems.GetEnodeHemSystemCommand";
        protected override string What => "HEM system";

        [Fact]
        public void Energy_devices_carry_the_hem_system_they_belong_to()
        {
            using var session = new PowerShellSession();

            var systems = session.Run("Get-EnodeHemSystem").AssertSucceeded().OutputOf<HemSystem>().ToList();
            var inverters = session.Run("Get-EnodeInverter").AssertSucceeded().OutputOf<Inverter>().ToList();

            Assert.Contains(inverters, i => i.HemSystemId != null);
            Assert.All(inverters.Where(i => i.HemSystemId != null), i => Assert.Contains(systems, s => s.Id == i.HemSystemId && s.UserId == i.UserId));
        }
    }
}
