using System.Management.Automation;
using EnodePS.Connections;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Connections
{
    /// <summary>
    /// <para type="synopsis">Gets the retry and timeout options of a connection, or those connections made now in the session would get.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "EnodeRequestOption", HelpUri = HelpLinks.Cmdlets + "Get-EnodeRequestOption.md")]
    [OutputType(typeof(EnodeRequestOption))]
    public sealed class GetEnodeRequestOptionCommand : EnodeCmdlet
    {
        /// <summary>The connection whose options to show; without it, what a new connection would get.</summary>
        [Parameter(ValueFromPipeline = true)]
        [ValidateNotNull]
        public EnodeConnection? Connection { get; set; }

        protected override void Process()
        {
            if (Connection != null)
            {
                Output(new EnodeRequestOption(Connection.Name, Connection.Client.RetryOptions));
                return;
            }
            var session = ConnectionStore.For(SessionKey);
            Output(new EnodeRequestOption(EnodeRequestOption.NewConnections, EnodeRequestOption.ForNewConnection(session, System.Environment.GetEnvironmentVariable)));
        }
    }
}
