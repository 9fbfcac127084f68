using System;
using EnodePS.Client;
using EnodePS.Cmdlets.Connections;
using EnodePS.Connections;
using EnodePS.Emulator;
using EnodePS.Infrastructure;
using EnodePS.Tests.Shared;

namespace EnodePS.Cmdlets.Tests.Support
{
    /// <summary>A PowerShell session stand-in connected to a loopback emulator through Connect-Enode itself.</summary>
    public sealed class CmdletSession : IDisposable
    {
        public CmdletSession(EmulatorOptions? options = null)
        {
            Loopback = new LoopbackEmulator(options ?? new EmulatorOptions { VehicleCount = 40, UserCount = 4 });
            var connect = new ConnectEnodeCommand
            {
                ClientId = Emulator.ClientId,
                ClientSecret = SecureStrings.FromPlain(Emulator.RevealClientSecret()),
                ApiUrl = Loopback.ApiUrl,
                TokenUrl = Loopback.TokenUrl,
            }.With("PassThru");
            var host = CmdletRunner.Run(connect, NewHost());
            if (host.Terminating != null) throw new InvalidOperationException("Connect-Enode failed: " + host.Terminating);
            Connection = (EnodeConnection)host.Output[0]!;
        }

        public object SessionKey { get; } = new object();
        public LoopbackEmulator Loopback { get; }
        public EnodeEmulator Emulator => Loopback.Emulator;
        public EnodeConnection Connection { get; }

        /// <summary>A host in this session: cmdlets run with it see this session's current connection.</summary>
        public RecordingHost NewHost() => new RecordingHost { SessionKey = SessionKey };

        public RecordingHost Run(EnodeCmdlet cmdlet, params object[] pipeline) => CmdletRunner.Run(cmdlet, NewHost(), null, pipeline);

        public RecordingHost Run(EnodeCmdlet cmdlet, RecordingHost host, params object[] pipeline) => CmdletRunner.Run(cmdlet, host, null, pipeline);

        public void Dispose()
        {
            Connection.Dispose();
            Loopback.Dispose();
        }
    }
}
