using System.Management.Automation;
using EnodePS.Completers;
using EnodePS.Connections;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Connections
{
    /// <summary>
    /// <para type="synopsis">Gets the session's current Enode connection, a named one, or all of them.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "EnodeConnection", HelpUri = HelpLinks.Cmdlets + "Get-EnodeConnection.md", DefaultParameterSetName = CurrentSet)]
    [OutputType(typeof(EnodeConnection))]
    public sealed class GetEnodeConnectionCommand : EnodeCmdlet
    {
        private const string CurrentSet = "Current";
        private const string NameSet = "Name";
        private const string AllSet = "All";

        [Parameter(Mandatory = true, ParameterSetName = NameSet, Position = 0)]
        [ValidateNotNullOrEmpty]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(ConnectionNameCompleter))]
        public string? Name { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = AllSet)]
        public SwitchParameter All { get; set; }

        protected override void Process()
        {
            var session = ConnectionStore.For(SessionKey);
            switch (ParameterSetName)
            {
                case AllSet:
                    foreach (var connection in session.All) Output(connection);
                    break;
                case NameSet:
                    var found = false;
                    foreach (var connection in session.All)
                    {
                        if (!NameMatches(connection.Name)) continue;
                        found = true;
                        Output(connection);
                    }
                    if (!found && !WildcardMatcher.HasWildcards(Name))
                        WriteError(ErrorMapper.Record(new System.InvalidOperationException($"No connection is named '{Name}'."),
                            "EnodeConnectionNotFound", ErrorCategory.ObjectNotFound, Name));
                    break;
                default:
                    var current = session.Current;
                    if (current != null) Output(current);
                    break;
            }
        }

        private bool NameMatches(string name) =>
            WildcardMatcher.HasWildcards(Name)
                ? WildcardMatcher.IsMatch(Name!, name)
                : string.Equals(Name, name, System.StringComparison.OrdinalIgnoreCase);
    }
}
