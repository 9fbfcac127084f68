using System.Management.Automation;
using EnodePS.Connections;

namespace EnodePS.Infrastructure
{
    /// <summary>A cmdlet that talks to the API: -Connection, defaulting to the session's current connection.</summary>
    public abstract class ConnectedCmdlet : EnodeCmdlet
    {
        /// <summary>The connection to use; the session's current one (from Connect-Enode) when omitted.</summary>
        [Parameter]
        [ValidateNotNull]
        public EnodeConnection? Connection { get; set; }

        private EnodeConnection? _used;

        private protected override void OnOutput(object? value) => _used?.RecentIds.Observe(value);

        /// <summary>The connection this invocation uses. Stops the cmdlet with a clear error when there is none.</summary>
        protected EnodeConnection ActiveConnection
        {
            get
            {
                var connection = Connection ?? ConnectionStore.For(SessionKey).Current;
                if (connection == null)
                    Terminate(ErrorMapper.Record(
                        new System.InvalidOperationException("Not connected to Enode. Run Connect-Enode first (Connect-Enode -Environment Emulator needs no account), or pass -Connection."),
                        "EnodeNotConnected", ErrorCategory.ConnectionError, null, "Run Connect-Enode."));
                else if (!connection.IsConnected)
                    Terminate(ErrorMapper.Record(
                        new System.InvalidOperationException($"The connection '{connection.Name}' was disconnected. Run Connect-Enode again."),
                        "EnodeConnectionClosed", ErrorCategory.ConnectionError, connection.Name, "Run Connect-Enode."));
                _used = connection;
                return connection!;
            }
        }
    }
}
