using System;
using EnodePS.Client.Models;
using EnodePS.Emulator.State;
using EnodePS.PowerShell.Tests.Devices;

namespace EnodePS.PowerShell.Tests.Batteries
{
    public class GetEnodeBatteryTests : DeviceListingTests
    {
        protected override string Cmdlet => "Get-EnodeBattery";
        protected override RecordTable Table(EmulatorState state) => state.Batteries;
        protected override Type Model => typeof(Battery);
        protected override string Collection => "batteries";
        protected override string CommandType => "EnodePS.Cmdlets.Batteries.GetEnodeBatteryCommand";
        protected override string What => "battery";
    }
}
