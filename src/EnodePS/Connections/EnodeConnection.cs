using System;
using EnodePS.Client;

namespace EnodePS.Connections
{
    /// <summary>
    /// A connected, authenticated Enode client as PowerShell users see it. Thread-safe: pass it to parallel
    /// runspaces with -Connection $using:connection. Its text forms never contain a secret.
    /// </summary>
    public sealed class EnodeConnection : IDisposable
    {
        private readonly IDisposable? _owned;
        private int _disposed;

        internal EnodeConnection(string name, EnodeEnvironment environment, EnodeClient client, IDisposable? owned)
        {
            Name = name;
            Environment = environment;
            Client = client;
            _owned = owned;
            ConnectedAt = DateTimeOffset.UtcNow;
        }

        public string Name { get; }
        public EnodeEnvironment Environment { get; }
        public Uri ApiUrl => Client.ApiUrl;
        public Uri TokenUrl => Client.TokenUrl;
        public string ClientId => Client.Options.ClientId;
        public string ApiVersion => Client.ApiVersion;
        public DateTimeOffset ConnectedAt { get; }
        public DateTimeOffset? TokenExpiresAt => Client.TokenExpiresAt;
        public bool IsConnected => _disposed == 0;

        /// <summary>Ids this connection recently showed, for argument completion.</summary>
        public RecentIds RecentIds { get; } = new RecentIds();

        /// <summary>The client behind the connection, for .NET callers.</summary>
        public EnodeClient Client { get; }

        /// <summary>
        /// The emulator behind the connection: its own in-process one (-Environment Emulator), which closes with it, or
        /// one from Start-EnodeEmulator (-Emulator), which keeps running until Stop-EnodeEmulator.
        /// </summary>
        public EnodePS.Emulator.EnodeEmulator? Emulator { get; internal set; }

        public override string ToString() => $"{Name} ({Environment}, {ApiUrl})";

        public void Dispose()
        {
            if (System.Threading.Interlocked.Exchange(ref _disposed, 1) != 0) return;
            Client.Dispose();
            _owned?.Dispose();
        }
    }
}
