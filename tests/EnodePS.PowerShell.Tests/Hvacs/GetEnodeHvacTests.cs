using System;
using EnodePS.Client.Models;
using EnodePS.Emulator.State;
using EnodePS.PowerShell.Tests.Devices;

namespace EnodePS.PowerShell.Tests.Hvacs
{
    public class GetEnodeHvacTests : DeviceListingTests
    {
        protected override string Cmdlet => "Get-EnodeHvac";
        protected override RecordTable Table(EmulatorState state) => state.Hvacs;
        protected override Type Model => typeof(Hvac);
        protected override string Collection => "hvacs";
        protected override string CommandType => "EnodePS.Cmdlets.Hvacs.GetEnodeHvacCommand";
        protected override string What => "hvac";
    }
}
