using System.Linq;
using EnodePS.Emulator;
using EnodePS.PowerShell.Tests.Support;
using EnodePS.Tests.Shared;

namespace EnodePS.PowerShell.Tests.Pipelines
{
    /// <summary>
    /// Locations, schedules, tariffs, webhooks and relink sessions act through the connection a piped object came
    /// from: with two emulators connected as A (current) and B, an object read through B is acted on through B, and A
    /// sees no request; -Connection A wins over it.
    /// </summary>
    public class ResourceConnectionTests
    {
        private const string Location = "New-EnodeLocation -UserId (Get-EnodeUser -First 1 -Connection B).Id -Name Home -Latitude 59.9 -Longitude 10.7 -Connection B";
        private const string Tariff = "Set-EnodeTariff -Id home-tou -Rate @{ PEAK = 0.3 } -PassThru -Connection B";
        private const string Schedule = "Get-EnodeVehicle -First 1 -Connection B | New-EnodeSchedule";
        private const string Webhook = "Register-EnodeWebhook -Url 'http://127.0.0.1:9/enode' -Connection B -WarningAction SilentlyContinue";

        /// <summary>What is read through B, and the cmdlet it is piped to (without -Connection).</summary>
        public static TheoryData<string, string> Chains() => new TheoryData<string, string>
        {
            { "Get-EnodeUser -First 1 -Connection B", "New-EnodeLocation -Name Cabin -Latitude 61.1 -Longitude 10.4" },
            { Location, "Set-EnodeLocation -Name Cottage" },
            { Location, "Remove-EnodeLocation" },
            { "$null = " + Tariff + "; " + Location, "Set-EnodeLocationTariff -TariffId home-tou -Interval @{ Name = 'PEAK'; From = '07:00'; To = '22:00' }" },
            { "Get-EnodeVehicle -First 1 -Connection B", "New-EnodeSchedule" },
            { Schedule, "Set-EnodeSchedule -Enabled" },
            { Schedule, "Remove-EnodeSchedule" },
            { Schedule, "Get-EnodeScheduleStatus" },
            { Tariff, "Get-EnodeTariff" },
            { Tariff, "Set-EnodeTariff -Rate @{ PEAK = 0.4 }" },
            { Webhook, "Get-EnodeWebhook" },
            { Webhook, "Set-EnodeWebhook -Event '*'" },
            { Webhook, "Test-EnodeWebhook -WarningAction SilentlyContinue" },
            { Webhook, "Unregister-EnodeWebhook -Confirm:$false" },
            { "Get-EnodeVehicle -Id $relinkable -Connection B", "New-EnodeRelinkSession" },
        };

        [Theory]
        [MemberData(nameof(Chains))]
        public void A_piped_object_is_acted_on_through_the_connection_it_came_from(string producer, string command)
        {
            using var session = PowerShellSession.WithEmulator();
            using var b = new LoopbackEmulator(new EmulatorOptions { VehicleCount = 40, UserCount = 4 });
            ConnectBThenA(session, b);
            var vehicle = b.Emulator.State.Vehicles.All[0];
            b.Emulator.InvalidateCredentials(vehicle.UserId!, (string)vehicle.Body["vendor"]!);
            var piped = session.Run("@(" + producer + ")", new { relinkable = vehicle.Id }).AssertSucceeded().Output;
            Assert.NotEmpty(piped);
            var (beforeA, beforeB) = (session.Emulator.Journal.Api().Count, b.Emulator.Journal.Api().Count);

            session.Run("$piped | " + command, new { piped = piped.ToArray() }).AssertSucceeded();

            Assert.Empty(session.Emulator.Journal.Api().Skip(beforeA));
            Assert.NotEmpty(b.Emulator.Journal.Api().Skip(beforeB));
        }

        [Fact]
        public void Within_one_pipeline_the_next_cmdlet_uses_the_connection_the_object_came_from()
        {
            using var session = PowerShellSession.WithEmulator();
            using var b = new LoopbackEmulator(new EmulatorOptions { VehicleCount = 40, UserCount = 4 });
            ConnectBThenA(session, b);
            var beforeA = session.Emulator.Journal.Api().Count;

            session.Run("Get-EnodeVehicle -First 1 -Connection B | New-EnodeSchedule | Set-EnodeSchedule -Enabled").AssertSucceeded();

            Assert.Empty(session.Emulator.Journal.Api().Skip(beforeA));
            Assert.Equal(new[] { "POST", "PUT" }, b.Emulator.Journal.Mutating().Select(r => r.Method));
        }

        [Fact]
        public void An_explicit_connection_wins_over_the_one_a_piped_object_came_from()
        {
            using var session = PowerShellSession.WithEmulator();
            using var b = new LoopbackEmulator(new EmulatorOptions { VehicleCount = 40, UserCount = 4 });
            ConnectBThenA(session, b);
            var piped = session.Run("@(" + Tariff + ")").AssertSucceeded().Output;
            var beforeB = b.Emulator.Journal.Api().Count;

            session.Run("$piped | Set-EnodeTariff -Rate @{ PEAK = 0.4 } -Connection A", new { piped = piped.ToArray() }).AssertSucceeded();

            Assert.Equal(new[] { "PUT /tariffs/home-tou" }, session.Emulator.Journal.Mutating().Select(r => r.Method + " " + r.Path));
            Assert.Empty(b.Emulator.Journal.Api().Skip(beforeB));
        }

        /// <summary>B is connected first, then A, so that A is the session's current connection.</summary>
        private static void ConnectBThenA(PowerShellSession session, LoopbackEmulator b)
        {
            session.Run(
                "Connect-Enode -Name B -ClientId $id -ClientSecret (ConvertTo-SecureString $secret -AsPlainText -Force) -ApiUrl $api -TokenUrl $token | Out-Null",
                new { id = b.Emulator.ClientId, secret = b.Emulator.RevealClientSecret(), api = b.ApiUrl, token = b.TokenUrl }).AssertSucceeded();
            session.Connect("-Name A | Out-Null");
        }
    }
}
