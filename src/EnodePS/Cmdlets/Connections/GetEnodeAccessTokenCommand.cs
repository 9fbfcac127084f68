using System.Management.Automation;
using System.Security;
using EnodePS.Client;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Connections
{
    /// <summary>
    /// <para type="synopsis">Gets the connection's current access token, as a SecureString unless -AsPlainText is given.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "EnodeAccessToken", HelpUri = HelpLinks.Cmdlets + "Get-EnodeAccessToken.md")]
    [OutputType(typeof(SecureString), typeof(string))]
    public sealed class GetEnodeAccessTokenCommand : ConnectedCmdlet
    {
        /// <summary>Returns the token as plain text: it then shows wherever the string goes (history, transcripts, logs).</summary>
        [Parameter]
        public SwitchParameter AsPlainText { get; set; }

        protected override void Process()
        {
            var connection = ActiveConnection;
            var token = Call(connection, (client, ct) => client.GetAccessTokenAsync(ct));
            if (AsPlainText.IsPresent) Output(token);
            else Output(SecureStrings.FromPlain(token));
        }
    }
}
