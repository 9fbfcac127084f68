using System;
using EnodePS.Client.Models;
using EnodePS.Emulator.State;
using EnodePS.PowerShell.Tests.Devices;

namespace EnodePS.PowerShell.Tests.Chargers
{
    public class GetEnodeChargerTests : DeviceListingTests
    {
        protected override string Cmdlet => "Get-EnodeCharger";
        protected override RecordTable Table(EmulatorState state) => state.Chargers;
        protected override Type Model => typeof(Charger);
        protected override string Collection => "chargers";
        protected override string CommandType => "EnodePS.Cmdlets.Chargers.GetEnodeChargerCommand";
        protected override string What => "charger";
    }
}
