using System;
using EnodePS.Emulator;
using EnodePS.Emulator.Http;

namespace EnodePS.Tests.Shared
{
    /// <summary>An emulator served on 127.0.0.1 for one test, stopped when the test disposes it.</summary>
    public sealed class LoopbackEmulator : IDisposable
    {
        public LoopbackEmulator(EmulatorOptions? options = null)
        {
            Emulator = new EnodeEmulator(options ?? new EmulatorOptions());
            Server = Emulator.StartLoopback();
        }

        public EnodeEmulator Emulator { get; }
        public LoopbackServer Server { get; }
        public Uri ApiUrl => Server.BaseUrl;
        public Uri TokenUrl => Server.TokenUrl;

        public void Dispose() => Emulator.Dispose();
    }
}
