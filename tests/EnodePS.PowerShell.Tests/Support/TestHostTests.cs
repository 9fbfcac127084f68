using System.Linq;

namespace EnodePS.PowerShell.Tests.Support
{
    /// <summary>The test host records each prompt once, whether it answers it or refuses it.</summary>
    public class TestHostTests
    {
        private const string Confirmed = "function Test-Confirm { [CmdletBinding(SupportsShouldProcess)] param($Name) if ($PSCmdlet.ShouldProcess($Name, 'Act')) { $Name } }; ";

        [Fact]
        public void A_refused_prompt_is_recorded_once()
        {
            using var session = PowerShellSession.Unconnected();

            var result = session.Run(Confirmed + "Test-Confirm first -Confirm");

            Assert.Contains(ConfirmPrompt.Operation("Act", "first"), Assert.Single(result.Prompts));
            Assert.Empty(result.Output);
            Assert.NotEmpty(result.AllErrors);
        }

        [Theory]
        [InlineData(PromptAnswer.Yes, "first")]
        [InlineData(PromptAnswer.No, "")]
        public void An_answered_prompt_is_recorded_once(PromptAnswer answer, string output)
        {
            using var session = PowerShellSession.Unconnected();
            session.Host.Answer = answer;

            var result = session.Run(Confirmed + "Test-Confirm first -Confirm");

            Assert.Contains(ConfirmPrompt.Operation("Act", "first"), Assert.Single(result.Prompts));
            Assert.Equal(output, string.Join(",", result.Output.Select(o => o.ToString())));
        }
    }
}
