using System.Linq;
using EnodePS.Emulator;
using EnodePS.PowerShell.Tests.Support;
using EnodePS.Tests.Shared;

namespace EnodePS.PowerShell.Tests.Pipelines
{
    /// <summary>
    /// Control, smart charging, statistics and action cmdlets act through the connection a piped object came from:
    /// a vehicle read through B and piped on while A is current reaches B only.
    /// </summary>
    public class PipedConnectionControlTests
    {
        [Theory]
        [InlineData("$v | Start-EnodeCharging")]
        [InlineData("$v | Start-EnodeCharging | Wait-EnodeAction -PollIntervalSeconds 0.05")]
        [InlineData("$v | Start-EnodeCharging -Connection B | Get-EnodeAction")]
        [InlineData("$v | Set-EnodeMaxCurrent -MaxCurrent 10")]
        [InlineData("$v | Request-EnodeDataRefresh")]
        [InlineData("$v | Get-EnodeSmartChargingStatus")]
        [InlineData("$v | Start-EnodeSmartOverride")]
        [InlineData("$v | Get-EnodeChargingStatistics -StartTime (Get-Date).AddDays(-7)")]
        public void A_vehicle_read_through_B_is_acted_on_through_B_while_A_is_current(string pipeline)
        {
            var options = new EmulatorOptions { VehicleCount = 10, UserCount = 2 };
            using var b = new LoopbackEmulator(options);
            using var session = PowerShellSession.WithEmulator(options);
            session.Run("Connect-Enode -ClientId $id -ClientSecret (ConvertTo-SecureString $secret -AsPlainText -Force) -ApiUrl $api -TokenUrl $token -Name B | Out-Null",
                new { id = b.Emulator.ClientId, secret = b.Emulator.RevealClientSecret(), api = b.ApiUrl, token = b.TokenUrl }).AssertSucceeded();
            session.Connect("-Name A | Out-Null");
            var vehicleId = (string)session.Run("$v = Get-EnodeVehicle -Connection B | Where-Object IsReachable | Select-Object -First 1; $v.Id")
                .AssertSucceeded().Output.Single().BaseObject;
            Assert.Equal("A", session.Run("(Get-EnodeConnection).Name").AssertSucceeded().Output.Single().BaseObject);
            var beforeA = session.Emulator.Journal.Api().Count;
            var beforeB = b.Emulator.Journal.Api().Count;

            // The demo vehicle may answer with a genuine error (smart charging controls it): where it went is what counts.
            Assert.Null(session.Run(pipeline).TerminatingException);

            Assert.Empty(session.Emulator.Journal.Api().Skip(beforeA));
            var sent = b.Emulator.Journal.Api().Skip(beforeB).ToList();
            Assert.NotEmpty(sent);
            Assert.Contains(sent, r => r.Path.Contains(vehicleId) || r.Query.Values.Contains(vehicleId));
        }
    }
}
