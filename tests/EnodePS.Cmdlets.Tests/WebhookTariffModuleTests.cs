using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using EnodePS.Cmdlets.Tests.Support;
using EnodePS.Infrastructure;
using EnodePS.Tests.Shared;

namespace EnodePS.Cmdlets.Tests
{
    /// <summary>The module-level promises of the webhook, tariff and provisioning cmdlets: views and help for their outputs.</summary>
    public class WebhookTariffModuleTests
    {
        private static readonly string[] Areas = { "EnodePS.Cmdlets.Webhooks", "EnodePS.Cmdlets.Tariffs", "EnodePS.Cmdlets.Provisioning" };

        public static TheoryData<string> Cmdlets()
        {
            var data = new TheoryData<string>();
            foreach (var type in CmdletMetadata.CmdletTypes(typeof(EnodeCmdlet).Assembly).Where(t => Areas.Contains(t.Namespace)))
                data.Add(type.Name);
            return data;
        }

        private static CmdletMetadata.CmdletInfo Info(string typeName) =>
            CmdletMetadata.Read(typeof(EnodeCmdlet).Assembly.GetTypes().Single(t => t.Name == typeName));

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

        [Theory]
        [MemberData(nameof(Cmdlets))]
        public void Every_output_type_has_a_view(string typeName)
        {
            var format = File.ReadAllText(SpecFiles.Combine("src", "EnodePS", "Formats", "EnodePS.format.ps1xml"));
            var selected = Regex.Matches(format, "<TypeName>([^<]+)</TypeName>").Select(m => m.Groups[1].Value).ToHashSet();
            foreach (var output in Info(typeName).OutputTypes.Where(t => t.Namespace?.StartsWith("EnodePS") == true))
                Assert.True(TypeNames(output).Any(selected.Contains), $"{output.Name} (output of {typeName}) has no view.");
        }

        [Theory]
        [MemberData(nameof(Cmdlets))]
        public void Every_cmdlet_has_a_help_page_describing_each_parameter_with_two_examples(string typeName)
        {
            var info = Info(typeName);
            var path = SpecFiles.Combine("docs", "cmdlets", info.Name + ".md");
            Assert.True(File.Exists(path), $"docs/cmdlets/{info.Name}.md is missing");
            var page = File.ReadAllText(path);
            Assert.Contains("# " + info.Name, page);
            Assert.True(Regex.Matches(page, "^### Example ", RegexOptions.Multiline).Count >= 2, "fewer than two examples");
            foreach (var parameter in info.Parameters) Assert.Contains("### -" + parameter.Name, page);
            foreach (var section in new[] { "## SYNOPSIS", "## SYNTAX", "## DESCRIPTION", "## PARAMETERS", "## INPUTS", "## OUTPUTS" })
                Assert.Contains(section, page);
        }

        [Theory]
        [MemberData(nameof(Cmdlets))]
        public void Id_parameters_bind_from_the_pipeline_and_have_an_alias(string typeName)
        {
            var info = Info(typeName);
            var id = info.Parameters.SingleOrDefault(p => p.Name == "Id");
            if (id == null || info.Name == "Set-EnodeTariff") return; // Set-EnodeTariff's pipeline carries rates, not tariffs
            Assert.True(id.Declarations.All(d => d.ValueFromPipelineByPropertyName), $"{typeName} -Id does not bind by property name");
            Assert.NotEmpty(id.Aliases);
        }
    }
}
