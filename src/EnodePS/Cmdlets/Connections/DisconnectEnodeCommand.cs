using System.Management.Automation;
using EnodePS.Completers;
using EnodePS.Connections;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Connections
{
    /// <summary>
    /// <para type="synopsis">Closes an Enode connection: the current one, a named one, or one given as an object.</para>
    /// </summary>
    [Cmdlet(VerbsCommunications.Disconnect, "Enode", HelpUri = HelpLinks.Cmdlets + "Disconnect-Enode.md", DefaultParameterSetName = CurrentSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(void))]
    public sealed class DisconnectEnodeCommand : EnodeCmdlet
    {
        private const string CurrentSet = "Current";
        private const string NameSet = "Name";
        private const string ConnectionSet = "Connection";

        [Parameter(Mandatory = true, ParameterSetName = NameSet, Position = 0)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ConnectionNameCompleter))]
        public string? Name { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = ConnectionSet, ValueFromPipeline = true)]
        [ValidateNotNull]
        public EnodeConnection? Connection { get; set; }

        protected override void Process()
        {
            var session = ConnectionStore.For(SessionKey);
            var connection = ParameterSetName == NameSet ? session.Find(Name!)
                : ParameterSetName == ConnectionSet ? Connection
                : session.Current;

            if (connection == null)
            {
                var what = ParameterSetName == NameSet ? $"No connection is named '{Name}'." : "There is no current connection to close.";
                WriteError(ErrorMapper.Record(new System.InvalidOperationException(what), "EnodeConnectionNotFound",
                    ErrorCategory.ObjectNotFound, Name));
                return;
            }

            if (!ShouldProcess(connection.ToString(), "Disconnect")) return;
            session.Remove(connection);
            connection.Dispose();
            Verbose($"Disconnected {connection}.");
        }
    }
}
