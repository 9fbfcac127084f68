using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Reflection;
using System.Text.RegularExpressions;
using EnodePS.Cmdlets.Tests.Support;
using EnodePS.Infrastructure;
using EnodePS.Tests.Shared;

namespace EnodePS.Cmdlets.Tests
{
    /// <summary>Conventions every cmdlet keeps, checked over the whole module assembly by reflection.</summary>
    public class ModuleContractTests
    {
        private static readonly Assembly Module = typeof(EnodeCmdlet).Assembly;

        public static IEnumerable<object[]> Cmdlets() =>
            CmdletMetadata.CmdletTypes(Module).Select(t => new object[] { t.Name });

        private static CmdletMetadata.CmdletInfo Info(string typeName) =>
            CmdletMetadata.Read(Module.GetTypes().Single(t => t.Name == typeName));

        /// <summary>PowerShell's approved verbs, read from the constants of its Verbs* classes.</summary>
        private static readonly HashSet<string> ApprovedVerbs = new HashSet<string>(
            new[] { typeof(VerbsCommon), typeof(VerbsCommunications), typeof(VerbsData), typeof(VerbsDiagnostic),
                    typeof(VerbsLifecycle), typeof(VerbsOther), typeof(VerbsSecurity) }
                .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
                .Where(f => f.IsLiteral)
                .Select(f => (string)f.GetRawConstantValue()!));

        /// <summary>Verbs that change state somewhere: these cmdlets must support -WhatIf and -Confirm.</summary>
        private static readonly HashSet<string> StateChangingVerbs = new HashSet<string>
        {
            "New", "Set", "Remove", "Start", "Stop", "Register", "Unregister", "Revoke", "Disconnect", "Request",
            "Invoke", "Clear", "Reset", "Update", "Add", "Enable", "Disable", "Submit", "Send", "Complete", "Grant", "Deny",
        };

        [Fact]
        public void The_module_has_cmdlets() => Assert.NotEmpty(Cmdlets());

        [Theory]
        [MemberData(nameof(Cmdlets))]
        public void Uses_an_approved_verb_and_the_Enode_noun_prefix(string typeName)
        {
            var info = Info(typeName);
            Assert.Contains(info.Verb, ApprovedVerbs);
            Assert.StartsWith("Enode", info.Noun);
            Assert.Equal(info.Verb + info.Noun + "Command", typeName);
        }

        [Theory]
        [MemberData(nameof(Cmdlets))]
        public void Declares_its_output_type(string typeName) => Assert.NotEmpty(Info(typeName).OutputTypes);

        [Theory]
        [MemberData(nameof(Cmdlets))]
        public void State_changing_verbs_support_should_process(string typeName)
        {
            var info = Info(typeName);
            if (StateChangingVerbs.Contains(info.Verb)) Assert.True(info.SupportsShouldProcess, $"{info.Name} must declare SupportsShouldProcess.");
        }

        [Theory]
        [MemberData(nameof(Cmdlets))]
        public void Derives_from_the_shared_base_so_that_it_runs_through_the_seam(string typeName) =>
            Assert.True(typeof(EnodeCmdlet).IsAssignableFrom(Module.GetTypes().Single(t => t.Name == typeName)));

        [Theory]
        [MemberData(nameof(Cmdlets))]
        public void Parameter_names_are_singular_pascal_case_and_switches_keep_their_state_in_the_base(string typeName)
        {
            var info = Info(typeName);
            foreach (var parameter in info.Parameters)
            {
                Assert.Matches("^[A-Z][A-Za-z0-9]*$", parameter.Name);
                if (parameter.Property.PropertyType == typeof(SwitchParameter))
                {
                    var cmdlet = (EnodeCmdlet)Activator.CreateInstance(info.Type)!;
                    cmdlet.SetSwitchPresent(parameter.Name);
                    Assert.True(cmdlet.IsSwitchPresent(parameter.Name));
                }
            }
        }

        [Fact]
        public void The_manifest_exports_exactly_the_cmdlets_in_the_assembly()
        {
            var manifest = File.ReadAllText(SpecFiles.Combine("EnodePS.psd1"));
            var block = Regex.Match(manifest, @"CmdletsToExport\s*=\s*@\((?<list>[^)]*)\)").Groups["list"].Value;
            var exported = Regex.Matches(block, "'([^']+)'").Select(m => m.Groups[1].Value).OrderBy(n => n).ToList();
            var actual = CmdletMetadata.CmdletTypes(Module).Select(t => CmdletMetadata.Read(t).Name).OrderBy(n => n).ToList();

            Assert.Equal(actual, exported);
        }

        [Fact]
        public void The_manifest_declares_both_editions_and_the_format_and_types_files()
        {
            var manifest = File.ReadAllText(SpecFiles.Combine("EnodePS.psd1"));
            Assert.Matches(@"CompatiblePSEditions\s*=\s*@\('Desktop',\s*'Core'\)", manifest);
            Assert.Matches(@"PowerShellVersion\s*=\s*'5\.1'", manifest);
            Assert.Matches(@"RootModule\s*=\s*'EnodePS\.psm1'", manifest);
            foreach (Match format in Regex.Matches(Regex.Match(manifest, @"FormatsToProcess\s*=\s*@\(([^)]*)\)").Groups[1].Value, "'([^']+)'"))
                Assert.True(File.Exists(SpecFiles.Combine("src", "EnodePS", "Formats", format.Groups[1].Value)), format.Groups[1].Value);
            var types = Regex.Match(manifest, @"TypesToProcess\s*=\s*@\(([^)]*)\)").Groups[1].Value;
            Assert.Contains("'EnodePS.types.ps1xml'", types);
            foreach (Match file in Regex.Matches(types, "'([^']+)'"))
                Assert.True(File.Exists(SpecFiles.Combine("src", "EnodePS", "Types", file.Groups[1].Value)), file.Groups[1].Value);
        }
    }
}
