using System;
using System.Collections.Generic;
using System.Linq;
using System.Security;
using EnodePS.Client;
using EnodePS.Cmdlets.Tests.Support;
using EnodePS.Connections;
using EnodePS.Emulator;
using EnodePS.Reliability.Tests.Support;

namespace EnodePS.Reliability.Tests.Security
{
    /// <summary>
    /// A fresh session for one run of one cmdlet (so that Disconnect-Enode, Stop-EnodeEmulator or a removal cannot
    /// spoil the next run), with debug output on, and the secrets the run could leak.
    /// </summary>
    public sealed class SecuritySession : ISessionValues, IDisposable
    {
        private readonly List<(string Kind, string Value)> _planted = new List<(string, string)>();

        public SecuritySession()
        {
            Session = new CmdletSession(new EmulatorOptions { VehicleCount = 8, UserCount = 2 });
            Running = new RunningEmulator(Session.Emulator, Session.Loopback.Server);
        }

        public CmdletSession Session { get; }
        public EnodeEmulator Emulator => Session.Emulator;
        public EnodeConnection Connection => Session.Connection;

        /// <summary>The session's emulator as Start-EnodeEmulator returns one (the session owns and disposes it).</summary>
        public RunningEmulator Running { get; }

        public Uri ApiUrl => Session.Loopback.ApiUrl;
        public Uri TokenUrl => Session.Loopback.TokenUrl;

        public RecordingHost NewHost()
        {
            var host = Session.NewHost();
            host.IsDebugEnabled = true;
            return host;
        }

        /// <summary>A secret given to a cmdlet (a webhook secret, a header value): it must not come back in any text.</summary>
        public SecureString Plant(string kind)
        {
            var value = "planted-" + kind.ToLowerInvariant().Replace(' ', '-') + "-" + Guid.NewGuid().ToString("N");
            _planted.Add((kind, value));
            return SecureStrings.FromPlain(value);
        }

        /// <summary>Every secret of this session: the client secret, every credential the emulator received, and what was planted.</summary>
        public IReadOnlyList<(string Kind, string Value)> Secrets() =>
            SecretHarvest.From(Emulator).Concat(_planted).Where(s => s.Value.Length >= 8).Distinct().ToList();

        public void Dispose()
        {
            foreach (var started in EmulatorStore.For(Session.SessionKey).All) started.Stop();
            Session.Dispose();
        }
    }
}
