using System.Linq;
using System.Security;
using EnodePS.Client;
using EnodePS.PowerShell.Tests.Support;

namespace EnodePS.PowerShell.Tests.Connections
{
    public class GetEnodeAccessTokenTests
    {
        private const string CurrentToken =
            "(Get-EnodeConnection).Client.GetAccessTokenAsync([System.Threading.CancellationToken]::None).GetAwaiter().GetResult()";

        [Fact]
        public void The_access_token_is_a_SecureString_unless_plain_text_is_asked_for_and_never_logged()
        {
            using var session = new PowerShellSession();

            var secure = session.Run("Get-EnodeAccessToken -Verbose -Debug").AssertSucceeded();
            var token = (string)session.Invoke(CurrentToken).Single();

            Assert.Equal(token, SecureStrings.ToPlain(Assert.IsType<SecureString>(secure.Objects.Single())));
            Assert.DoesNotContain(token, string.Join("\n", secure.Verbose.Concat(secure.Debug)));

            Assert.Equal(token, session.Invoke("Get-EnodeAccessToken -AsPlainText").Single());
        }
    }
}
