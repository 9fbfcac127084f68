using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using EnodePS.PowerShell.Tests.Support;
using EnodePS.Tests.Shared;

namespace EnodePS.PowerShell.Tests.Module
{
    /// <summary>Conventions every cmdlet keeps, checked over the imported module: Get-Command's metadata, and reflection over the implementing types.</summary>
    public class ModuleContractTests
    {
        public static IEnumerable<object[]> Cmdlets() => ModuleCommands.Names();

        /// <summary>Verbs that change state somewhere: these cmdlets must support -WhatIf and -Confirm.</summary>
        private static readonly HashSet<string> StateChangingVerbs = new HashSet<string>
        {
            "New", "Set", "Remove", "Start", "Stop", "Register", "Unregister", "Revoke", "Disconnect", "Request",
            "Invoke", "Clear", "Reset", "Update", "Add", "Enable", "Disable", "Submit", "Send", "Complete", "Grant", "Deny",
        };

        private static readonly Lazy<HashSet<string>> ApprovedVerbs = new(() =>
            ModuleCommands.Invoke("(Get-Verb).Verb").Cast<string>().ToHashSet(StringComparer.Ordinal));

        [Fact]
        public void The_module_has_cmdlets() => Assert.NotEmpty(ModuleCommands.All);

        [Theory]
        [MemberData(nameof(Cmdlets))]
        public void Uses_an_approved_verb_and_the_Enode_noun_prefix(string name)
        {
            var cmdlet = ModuleCommands.Named(name);
            Assert.Contains(cmdlet.Verb, ApprovedVerbs.Value);
            Assert.StartsWith("Enode", cmdlet.Noun);
            Assert.Equal(cmdlet.Verb + cmdlet.Noun + "Command", cmdlet.ImplementingType.Name);
        }

        [Theory]
        [MemberData(nameof(Cmdlets))]
        public void Declares_its_output_type(string name) => Assert.NotEmpty(ModuleCommands.Named(name).OutputType);

        [Theory]
        [MemberData(nameof(Cmdlets))]
        public void State_changing_verbs_support_should_process(string name)
        {
            var cmdlet = ModuleCommands.Named(name);
            if (!StateChangingVerbs.Contains(cmdlet.Verb)) return;
            if (cmdlet.Verb == "New" && !Bases(cmdlet).Contains("EnodePS.Infrastructure.ConnectedCmdlet"))
                return; // builds a local object (New-EnodeScheduleRule): nothing to confirm, VocabularyTests checks it offers no -WhatIf
            Assert.True(cmdlet.Parameters.ContainsKey("WhatIf") && cmdlet.Parameters.ContainsKey("Confirm"),
                $"{name} must declare SupportsShouldProcess.");
        }

        [Theory]
        [MemberData(nameof(Cmdlets))]
        public void Derives_from_the_shared_base(string name) => Assert.Contains("EnodePS.Infrastructure.EnodeCmdlet", Bases(ModuleCommands.Named(name)));

        private static List<string> Bases(CmdletInfo cmdlet)
        {
            var bases = new List<string>();
            for (var type = cmdlet.ImplementingType.BaseType; type != null; type = type.BaseType) bases.Add(type.FullName!);
            return bases;
        }

        [Theory]
        [MemberData(nameof(Cmdlets))]
        public void Parameter_names_are_pascal_case_and_switches_keep_their_state(string name)
        {
            var cmdlet = ModuleCommands.Named(name);
            foreach (var parameter in ModuleCommands.OwnParameters(cmdlet))
            {
                Assert.Matches("^[A-Z][A-Za-z0-9]*$", parameter.Name);
                if (parameter.ParameterType != typeof(SwitchParameter)) continue;
                var property = cmdlet.ImplementingType.GetProperty(parameter.Name)!;
                var instance = Activator.CreateInstance(cmdlet.ImplementingType)!;
                property.SetValue(instance, new SwitchParameter(true));
                Assert.True(((SwitchParameter)property.GetValue(instance)!).IsPresent, $"{name} -{parameter.Name} forgets that it is present.");
                property.SetValue(instance, new SwitchParameter(false));
                Assert.False(((SwitchParameter)property.GetValue(instance)!).IsPresent, $"{name} -{parameter.Name} stays present.");
            }
        }

        [Fact]
        public void The_manifest_exports_exactly_the_cmdlets_in_the_assembly()
        {
            var manifest = (Hashtable)ModuleCommands.Invoke("Import-PowerShellDataFile $path", new { path = SpecFiles.Combine("EnodePS.psd1") }).Single();
            var exported = ((object[])manifest["CmdletsToExport"]!).Cast<string>().OrderBy(n => n).ToList();
            var inAssembly = ModuleCommands.Assembly.GetTypes()
                .Where(t => !t.IsAbstract && t.GetCustomAttributes(typeof(CmdletAttribute), false).Length > 0)
                .Select(t => (CmdletAttribute)t.GetCustomAttributes(typeof(CmdletAttribute), false)[0])
                .Select(a => a.VerbName + "-" + a.NounName).OrderBy(n => n).ToList();

            Assert.Equal(inAssembly, exported);
            Assert.Equal(exported, ModuleCommands.All.Select(c => c.Name).OrderBy(n => n));
        }

        [Fact]
        public void The_manifest_declares_both_editions_and_the_format_and_types_files()
        {
            var manifest = (Hashtable)ModuleCommands.Invoke("Import-PowerShellDataFile $path", new { path = SpecFiles.Combine("EnodePS.psd1") }).Single();
            Assert.Equal(new object[] { "Desktop", "Core" }, (object[])manifest["CompatiblePSEditions"]!);
            Assert.Equal("5.1", manifest["PowerShellVersion"]);
            Assert.Equal("EnodePS.psm1", manifest["RootModule"]);
            var formats = ((object[])manifest["FormatsToProcess"]!).Cast<string>().ToList();
            Assert.NotEmpty(formats);
            foreach (var format in formats)
                Assert.True(File.Exists(SpecFiles.Combine("src", "EnodePS", "Formats", format)), format);
            var typeFiles = ((object[])manifest["TypesToProcess"]!).Cast<string>().ToList();
            Assert.Contains("EnodePS.types.ps1xml", typeFiles);
            foreach (var file in typeFiles)
                Assert.True(File.Exists(SpecFiles.Combine("src", "EnodePS", "Types", file)), file);

            var loaded = ModuleCommands.Invoke("Get-Module EnodePS | ForEach-Object { $_.ExportedFormatFiles }").Cast<string>().ToList();
            Assert.Equal(formats.Select(Path.GetFileName), loaded.Select(Path.GetFileName));
        }
    }
}
