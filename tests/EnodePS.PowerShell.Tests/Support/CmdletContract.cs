using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using EnodePS.Tests.Shared;

namespace EnodePS.PowerShell.Tests.Support
{
    /// <summary>
    /// Module-level promises of one cmdlet, read from the imported module as a user finds it (Get-Command,
    /// Get-FormatData) and from its help page: a view for each output type, a page describing every parameter with
    /// examples, an -Id that binds from the pipeline.
    /// </summary>
    public static class CmdletContract
    {
        /// <summary>Each output type of the module's own has a view: one of the type names PowerShell sees for it is selected by the format data.</summary>
        public static void AssertEveryOutputTypeHasAView(string cmdlet)
        {
            using var session = PowerShellSession.Unconnected();
            var outputTypes = session.Invoke("(Get-Command $cmdlet).OutputType | ForEach-Object Type", new { cmdlet })
                .Cast<Type>().Where(t => t.Namespace?.StartsWith("EnodePS") == true);
            foreach (var output in outputTypes)
            {
                var views = session.Run("Get-FormatData -TypeName $names", new { names = TypeNames(output) }).Output;
                Assert.True(views.Count > 0, $"{output.Name} (output of {cmdlet}) has no view.");
            }
        }

        /// <summary>docs/cmdlets/&lt;cmdlet&gt;.md has the sections, a heading for every parameter Get-Command shows (common ones aside) and two examples.</summary>
        public static void AssertHelpPageDescribesEachParameterWithTwoExamples(string cmdlet)
        {
            var path = SpecFiles.Combine("docs", "cmdlets", cmdlet + ".md");
            Assert.True(File.Exists(path), $"docs/cmdlets/{cmdlet}.md is missing");
            var page = File.ReadAllText(path);
            Assert.Contains("# " + cmdlet, page);
            Assert.True(Regex.Matches(page, "^### Example ", RegexOptions.Multiline).Count >= 2, "fewer than two examples");
            using var session = PowerShellSession.Unconnected();
            var parameters = session.Invoke(
                "(Get-Command $cmdlet).Parameters.Keys | Where-Object { $_ -notin [System.Management.Automation.Cmdlet]::CommonParameters }",
                new { cmdlet }).Cast<string>().ToList();
            Assert.NotEmpty(parameters);
            foreach (var parameter in parameters) Assert.Contains("### -" + parameter, page);
            foreach (var section in new[] { "## SYNOPSIS", "## SYNTAX", "## DESCRIPTION", "## PARAMETERS", "## INPUTS", "## OUTPUTS" })
                Assert.Contains(section, page);
        }

        /// <summary>
        /// The cmdlet takes its objects from the pipeline: -Id binds by property name in every parameter set it is in,
        /// or an -InputObject parameter takes them by value and binds them by type (docs/pipelines.md). -Id has an alias
        /// (such as WebhookId).
        /// </summary>
        public static void AssertIdBindsFromThePipelineAndHasAnAlias(string cmdlet)
        {
            using var session = PowerShellSession.Unconnected();
            var byPropertyName = session.Invoke("(Get-Command $cmdlet).Parameters['Id'].ParameterSets.Values.ValueFromPipelineByPropertyName", new { cmdlet });
            var aliases = session.Invoke("(Get-Command $cmdlet).Parameters['Id'].Aliases", new { cmdlet });
            Assert.NotEmpty(byPropertyName);
            var byType = session.Invoke("(Get-Command $cmdlet).Parameters['InputObject'].ParameterSets.Values.ValueFromPipeline", new { cmdlet });
            Assert.True(byPropertyName.All(b => (bool)b) || (byType.Length > 0 && byType.All(b => (bool)b)),
                $"{cmdlet} takes no objects from the pipeline: -Id does not bind by property name and there is no -InputObject");
            Assert.NotEmpty(aliases);
        }

        /// <summary>The type names PowerShell sees for an output type: the module's EnodePS.* name and the .NET names up its base classes.</summary>
        private static string[] TypeNames(Type type)
        {
            const string models = "EnodePS.Client.Models";
            var names = Enumerable.Empty<string>();
            if (type.Namespace == models) names = names.Append("EnodePS." + type.Name);
            else if (type.Namespace!.StartsWith(models + ".")) names = names.Append("EnodePS." + type.Namespace.Substring(models.Length + 1) + "." + type.Name);
            for (var t = type; t != null && t != typeof(object); t = t.BaseType) names = names.Append(t.FullName!);
            return names.ToArray();
        }
    }
}
