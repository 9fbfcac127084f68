using System;
using EnodePS.Client.Models;
using EnodePS.Emulator.State;
using EnodePS.PowerShell.Tests.Devices;

namespace EnodePS.PowerShell.Tests.Meters
{
    public class GetEnodeMeterTests : DeviceListingTests
    {
        protected override string Cmdlet => "Get-EnodeMeter";
        protected override RecordTable Table(EmulatorState state) => state.Meters;
        protected override Type Model => typeof(Meter);
        protected override string Collection => "meters";
        protected override string CommandType => "EnodePS.Cmdlets.Meters.GetEnodeMeterCommand";
        protected override string What => "meter";
    }
}
