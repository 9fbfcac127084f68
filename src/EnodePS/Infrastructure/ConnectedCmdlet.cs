using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using EnodePS.Completers;
using EnodePS.Connections;

namespace EnodePS.Infrastructure
{
    /// <summary>
    /// A cmdlet that talks to the API: -Connection (an object or a name); else the connection a piped object came
    /// from; else the session's current connection.
    /// </summary>
    public abstract class ConnectedCmdlet : EnodeCmdlet
    {
        /// <summary>The connection to use, or its name; the session's current one (from Connect-Enode) when omitted.</summary>
        [Parameter]
        [ValidateNotNull]
        [ConnectionTransformation]
        [ArgumentCompleter(typeof(ConnectionNameCompleter))]
        public EnodeConnection? Connection { get; set; }

        private EnodeConnection? _used;
        private EnodeConnection? _piped;

        private protected override void OnOutput(object? value)
        {
            if (_used == null) return;
            _used.RecentIds.Observe(value);
            EmittedBy.Remember(value, _used);
        }

        /// <summary>
        /// Binds a piped object by its type (see <see cref="PipelineInput"/>) and remembers the connection it came
        /// from. A refused object stops nothing else: it is reported as an error for that object and false returned.
        /// </summary>
        private protected bool BindInput(object input, IReadOnlyList<PipelineRule> rules)
        {
            try
            {
                PipelineInput.Bind(input, rules, MyInvocation.MyCommand.Name);
            }
            catch (PipelineInputException refused)
            {
                WriteError(ErrorMapper.Record(refused, "EnodeInputNotAccepted", ErrorCategory.InvalidType, input));
                return false;
            }
            _piped = EmittedBy.ConnectionOf(input);
            return true;
        }

        /// <summary>The connection this invocation uses. Stops the cmdlet with a clear error when there is none.</summary>
        protected EnodeConnection ActiveConnection
        {
            get
            {
                var session = ConnectionStore.For(SessionKey);
                var connection = Connection ?? _piped ?? session.Current;
                if (connection == null)
                {
                    var open = session.All.Where(c => c.IsConnected).Select(c => c.Name).ToList();
                    var message = open.Count == 0
                        ? "Not connected to Enode. Run Connect-Enode first (Connect-Enode -Environment Emulator needs no account), or pass -Connection."
                        : "There is no current Enode connection (the current one was closed), but these are open: " + string.Join(", ", open)
                          + ". Pass -Connection <name>, or run Connect-Enode.";
                    Terminate(ErrorMapper.Record(new System.InvalidOperationException(message),
                        "EnodeNotConnected", ErrorCategory.ConnectionError, null, open.Count == 0 ? "Run Connect-Enode." : "Pass -Connection " + open[0] + "."));
                }
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
