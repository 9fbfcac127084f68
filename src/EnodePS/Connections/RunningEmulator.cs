using System;
using System.Security;
using EnodePS.Client;
using EnodePS.Emulator;
using EnodePS.Emulator.Http;
using EnodePS.Emulator.Time;

namespace EnodePS.Connections
{
    /// <summary>
    /// An emulator serving on 127.0.0.1, as Start-EnodeEmulator returns it: where to reach it and the credentials its
    /// token endpoint accepts. The secret is a SecureString, so it never shows in the default view or in text.
    /// </summary>
    public sealed class RunningEmulator : IDisposable
    {
        private readonly LoopbackServer _server;
        private int _stopped;

        internal RunningEmulator(EnodeEmulator emulator, LoopbackServer server)
        {
            Emulator = emulator;
            _server = server;
            ClientSecret = SecureStrings.FromPlain(emulator.RevealClientSecret());
            StartedAt = DateTimeOffset.UtcNow;
        }

        public Uri ApiUrl => _server.BaseUrl;
        public Uri TokenUrl => _server.TokenUrl;

        /// <summary>The emulator's own routes (info, faults, clock, operations), which need no token.</summary>
        public Uri ControlUrl => new Uri(_server.BaseUrl, EnodeEmulator.EmulatorRoutePrefix.TrimStart('/') + "/");
        public int Port => _server.Port;
        public string ClientId => Emulator.ClientId;
        public SecureString ClientSecret { get; }
        public int Seed => Emulator.Options.Seed;

        /// <summary>True when time moves only through POST /_emulator/clock/advance (Start-EnodeEmulator -ManualClock).</summary>
        public bool HasManualClock => Emulator.Options.Clock is ManualEmulatorClock;
        public DateTimeOffset StartedAt { get; }
        public bool IsRunning => _stopped == 0;

        /// <summary>The emulator itself, for .NET callers: its state, fault switches and request journal.</summary>
        public EnodeEmulator Emulator { get; }

        /// <summary>Stops serving and drops the emulator's data. Safe to call more than once.</summary>
        public void Stop()
        {
            if (System.Threading.Interlocked.Exchange(ref _stopped, 1) != 0) return;
            Emulator.Dispose();
        }

        public void Dispose() => Stop();

        public override string ToString() => $"Enode emulator on {ApiUrl}{(IsRunning ? "" : " (stopped)")}";
    }
}
