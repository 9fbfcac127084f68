using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using EnodePS.HelpBuilder;
using EnodePS.PowerShell.Tests.Support;
using EnodePS.Tests.Shared;

namespace EnodePS.PowerShell.Tests.Help
{
    /// <summary>
    /// The paging parameters (-First, -Skip, -IncludeTotalCount that SupportsPaging adds, and the list cmdlets'
    /// -PageSize and -After) are documented on every page for exactly the parameter sets where PowerShell accepts them:
    /// in the parameter's "Parameter Sets", in each of those sets' SYNTAX line, and in the syntax Get-Help shows.
    /// </summary>
    public class PagingHelpTests
    {
        private static readonly string[] PagingParameters = { "First", "Skip", "IncludeTotalCount", "PageSize", "After" };
        private static readonly string PagesDir = SpecFiles.Combine("docs", "cmdlets");

        public static IEnumerable<object[]> ListCmdlets() =>
            ModuleCommands.All.Where(c => PagingParameters.Any(c.Parameters.ContainsKey)).Select(c => new object[] { c.Name });

        [Fact]
        public void The_list_cmdlets_are_found()
        {
            Assert.Contains(ListCmdlets(), row => (string)row[0] == "Get-EnodeVehicle");
            Assert.True(ListCmdlets().Count() >= 11, string.Join(", ", ListCmdlets().Select(r => r[0])));
        }

        [Theory]
        [MemberData(nameof(ListCmdlets))]
        public void Each_paging_parameter_is_documented_for_every_set_that_accepts_it(string name)
        {
            var cmdlet = ModuleCommands.Named(name);
            var page = MarkdownHelpReader.ReadFile(Path.Combine(PagesDir, name + ".md"));
            var allSets = cmdlet.ParameterSets.Select(s => s.Name).ToList();
            var help = ModuleCommands.Invoke(
                "(Get-Help $name).syntax.syntaxItem | ForEach-Object { @($_.parameter | ForEach-Object { $_.name }) -join ',' }", new { name })
                .Select(item => ((string)item).Split(',').ToList()).ToList();
            Assert.Equal(allSets.Count, help.Count);

            foreach (var parameterName in PagingParameters.Where(cmdlet.Parameters.ContainsKey))
            {
                var parameter = cmdlet.Parameters[parameterName];
                var accepted = parameter.ParameterSets.ContainsKey(ParameterAttribute.AllParameterSets)
                    ? allSets
                    : allSets.Where(parameter.ParameterSets.ContainsKey).ToList();
                var doc = page.Parameters.SingleOrDefault(p => string.Equals(p.Name, parameterName, StringComparison.OrdinalIgnoreCase));
                Assert.True(doc != null, $"{name}: -{parameterName} is not documented in docs/cmdlets/{name}.md.");
                Assert.False(string.IsNullOrWhiteSpace(string.Join(" ", doc!.Description)), $"{name}: -{parameterName} has no description.");

                foreach (var set in allSets)
                {
                    var syntax = page.Syntax.SingleOrDefault(s => s.SetName == set);
                    Assert.True(syntax != null, $"{name}: SYNTAX has no block for the parameter set {set}.");
                    var inSyntax = syntax!.Line.Contains("-" + parameterName + " ", StringComparison.Ordinal)
                        || syntax.Line.Contains("-" + parameterName + "]", StringComparison.Ordinal);
                    var acceptedHere = accepted.Contains(set);
                    Assert.True(acceptedHere == doc.AppliesTo(set),
                        $"{name}: -{parameterName} is {(acceptedHere ? "" : "not ")}accepted in the set {set}, but its Parameter Sets say {string.Join(", ", doc.ParameterSets)}.");
                    Assert.True(acceptedHere == inSyntax,
                        $"{name}: the SYNTAX line of the set {set} {(acceptedHere ? "lacks" : "shows")} -{parameterName}: {syntax.Line}");
                }

                var itemsWithIt = help.Count(item => item.Contains(parameterName, StringComparer.OrdinalIgnoreCase));
                Assert.True(accepted.Count == itemsWithIt,
                    $"Get-Help {name} shows -{parameterName} in {itemsWithIt} syntax item(s); PowerShell accepts it in {accepted.Count} set(s).");
            }
        }
    }
}
