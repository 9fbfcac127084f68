using System;
using System.Collections.Generic;
using System.Linq;
using EnodePS.Client;
using EnodePS.Emulator;
using EnodePS.PowerShell.Tests.Support;
using EnodePS.Reliability.Tests.Support;

namespace EnodePS.Reliability.Tests.Security
{
    /// <summary>
    /// A fresh PowerShell session for one run of one cmdlet (so that Disconnect-Enode, Stop-EnodeEmulator or a removal
    /// cannot spoil the next run), and the secrets the run could leak.
    /// </summary>
    public sealed class SecuritySession : ISessionValues, IDisposable
    {
        private readonly List<(string Kind, string Value)> _planted = new List<(string, string)>();
        private readonly Lazy<EnodeClient> _client;

        public SecuritySession()
        {
            Session = new PowerShellSession(new EmulatorOptions { VehicleCount = 8, UserCount = 2 });
            // Every prompt is answered yes (ShouldContinue of Remove-EnodeUser, the Inquire that -Debug gives warnings), so
            // that each cmdlet goes all the way; the prompts' text is checked for secrets too.
            Session.Host.Answer = PromptAnswer.YesToAll;
            _client = new Lazy<EnodeClient>(() => (EnodeClient)Session.Invoke("(Get-EnodeConnection).Client").Single());
        }

        public PowerShellSession Session { get; }
        public EnodeEmulator Emulator => Session.Emulator;

        /// <summary>The client of the session's connection (as Connect-Enode made it).</summary>
        public EnodeClient Client => _client.Value;

        public Uri ApiUrl => Session.Loopback.ApiUrl;
        public Uri TokenUrl => Session.Loopback.TokenUrl;

        /// <summary>A secret given to a cmdlet (a webhook secret, a header value): it must not come back in any text.</summary>
        public string Plant(string kind)
        {
            var value = "planted-" + kind.ToLowerInvariant().Replace(' ', '-') + "-" + Guid.NewGuid().ToString("N");
            _planted.Add((kind, value));
            return value;
        }

        /// <summary>Every secret of this session: the client secret, every credential the emulator received, and what was planted.</summary>
        public IReadOnlyList<(string Kind, string Value)> Secrets() =>
            SecretHarvest.From(Emulator).Concat(_planted).Where(s => s.Value.Length >= 8).Distinct().ToList();

        public void Dispose()
        {
            try
            {
                Session.Run("Stop-EnodeEmulator -Confirm:$false");
            }
            finally
            {
                Session.Dispose();
            }
        }
    }
}
