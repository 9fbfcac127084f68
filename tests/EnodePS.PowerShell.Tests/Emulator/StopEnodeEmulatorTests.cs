using System;
using System.Linq;
using System.Management.Automation;
using System.Net.Http;
using System.Threading.Tasks;
using EnodePS.PowerShell.Tests.Support;

namespace EnodePS.PowerShell.Tests.Emulator
{
    public sealed class StopEnodeEmulatorTests : IDisposable
    {
        private readonly PowerShellSession _session = PowerShellSession.Unconnected();

        public void Dispose()
        {
            _session.Run("Stop-EnodeEmulator");
            _session.Dispose();
        }

        private static PSObject Start(PowerShellSession session) => session.Run("Start-EnodeEmulator").AssertSucceeded().Output.Single();

        private static bool IsRunning(PSObject emulator) => (bool)emulator.Properties["IsRunning"].Value;

        /// <summary>The emulators Stop-EnodeEmulator would stop in the session, as its -WhatIf lists them.</summary>
        private static string[] Running(PowerShellSession session) => session.Run("Stop-EnodeEmulator -WhatIf").WhatIf.Select(w => w.Target).ToArray();

        [Fact]
        public async Task An_emulator_from_the_pipeline_is_the_only_one_stopped()
        {
            var first = Start(_session);
            var second = Start(_session);

            _session.Run("$first | Stop-EnodeEmulator", new { first }).AssertSucceeded();

            Assert.False(IsRunning(first));
            Assert.True(IsRunning(second));
            Assert.Equal(new[] { second.BaseObject.ToString()! }, Running(_session));
            using var http = new HttpClient();
            await Assert.ThrowsAnyAsync<HttpRequestException>(() => http.GetAsync(new Uri((Uri)first.Properties["ControlUrl"].Value, "info")));
            Assert.True((await http.GetAsync(new Uri((Uri)second.Properties["ControlUrl"].Value, "info"))).IsSuccessStatusCode);
        }

        [Fact]
        public void Without_arguments_it_stops_every_emulator_this_session_started_and_no_other()
        {
            var mine = new[] { Start(_session), Start(_session) };
            using var otherSession = PowerShellSession.Unconnected();
            var theirs = Start(otherSession);
            try
            {
                _session.Run("Stop-EnodeEmulator").AssertSucceeded();

                Assert.All(mine, e => Assert.False(IsRunning(e)));
                Assert.Empty(Running(_session));
                Assert.True(IsRunning(theirs));
            }
            finally
            {
                otherSession.Run("Stop-EnodeEmulator");
            }
        }

        [Fact]
        public void WhatIf_leaves_the_emulator_running()
        {
            var emulator = Start(_session);

            var result = _session.Run("Stop-EnodeEmulator -WhatIf");

            result.AssertSucceeded();
            Assert.True(IsRunning(emulator));
            Assert.Equal(new[] { (emulator.BaseObject.ToString()!, "Stop") }, result.WhatIf);
        }

        [Fact]
        public void A_stopped_emulator_cannot_be_connected_to_and_no_request_is_made()
        {
            var emulator = Start(_session);
            _session.Run("$emulator | Stop-EnodeEmulator", new { emulator }).AssertSucceeded();
            var engine = (EnodePS.Emulator.EnodeEmulator)emulator.Properties["Emulator"].Value;
            var requests = engine.RequestCount;

            var result = _session.RunCatchingTerminating("Connect-Enode -Emulator $emulator", new { emulator });

            Assert.Equal("EnodeInvalidParameter,EnodePS.Cmdlets.Connections.ConnectEnodeCommand", result.Terminating?.FullyQualifiedErrorId);
            Assert.Contains("-Emulator", result.Terminating!.Exception.Message);
            Assert.Empty(_session.Invoke("Get-EnodeConnection -All"));
            Assert.Equal(requests, engine.RequestCount);
        }
    }
}
