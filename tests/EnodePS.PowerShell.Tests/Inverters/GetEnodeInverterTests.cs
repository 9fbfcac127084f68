using System;
using EnodePS.Client.Models;
using EnodePS.Emulator.State;
using EnodePS.PowerShell.Tests.Devices;

namespace EnodePS.PowerShell.Tests.Inverters
{
    public class GetEnodeInverterTests : DeviceListingTests
    {
        protected override string Cmdlet => "Get-EnodeInverter";
        protected override RecordTable Table(EmulatorState state) => state.Inverters;
        protected override Type Model => typeof(Inverter);
        protected override string Collection => "inverters";
        protected override string CommandType => "EnodePS.Cmdlets.Inverters.GetEnodeInverterCommand";
        protected override string What => "inverter";
    }
}
