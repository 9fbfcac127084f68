using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using EnodePS.PowerShell.Tests.Support;
using EnodePS.Tests.Shared;

namespace EnodePS.PowerShell.Tests.Loading
{
    /// <summary>The folder `dotnet build` lays out is the one PowerShell imports: check its shape, not just that it exists.</summary>
    public class ModuleLayoutTests
    {
        [Fact]
        public void The_root_holds_the_manifest_the_edition_switch_and_the_views()
        {
            foreach (var file in new[] { "EnodePS.psd1", "EnodePS.psm1", "EnodePS.format.ps1xml", "EnodePS.types.ps1xml" })
                Assert.True(File.Exists(Path.Combine(ModuleLayout.Root, file)), file);
            Assert.Empty(Directory.GetFiles(ModuleLayout.Root, "*.dll"));
            Assert.Equal(File.ReadAllText(SpecFiles.Combine("EnodePS.psd1")), File.ReadAllText(Path.Combine(ModuleLayout.Root, "EnodePS.psd1")));
        }

        [Theory]
        [InlineData("Core")]
        [InlineData("Desktop")]
        public void Each_edition_has_the_loader_and_the_cmdlets_beside_a_folder_of_everything_else(string edition)
        {
            var top = Directory.GetFiles(ModuleLayout.Edition(edition), "*.dll").Select(Path.GetFileName).OrderBy(n => n);
            Assert.Equal(new[] { "EnodePS.dll", "EnodePS.Loader.dll" }, top);

            var dependencies = Directory.GetFiles(ModuleLayout.Dependencies(edition), "*.dll").Select(Path.GetFileNameWithoutExtension).ToList();
            Assert.Contains("EnodePS.Client", dependencies);
            Assert.Contains("EnodePS.Emulator", dependencies);
            Assert.DoesNotContain("System.Management.Automation", dependencies);
        }

        /// <summary>Every assembly an edition ships finds each of its references in Dependencies, PowerShell or the platform.</summary>
        [Theory]
        [InlineData("Core")]
        [InlineData("Desktop")]
        public void Every_reference_of_a_shipped_assembly_is_shipped_or_provided_by_the_host(string edition)
        {
            var shipped = Directory.GetFiles(ModuleLayout.Edition(edition), "*.dll", SearchOption.AllDirectories);
            var dependencies = Directory.GetFiles(ModuleLayout.Dependencies(edition), "*.dll").Select(Path.GetFileNameWithoutExtension).ToHashSet();
            var runtimeDir = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
            foreach (var assembly in shipped)
                foreach (var name in ModuleLayout.ReferencesOf(assembly))
                {
                    var provided = name == "System.Management.Automation" || dependencies.Contains(name)
                        || (edition == "Core" ? File.Exists(Path.Combine(runtimeDir, name + ".dll")) : IsNetFramework(name));
                    Assert.True(provided, $"{edition}/{Path.GetFileName(assembly)} references {name}, which nothing provides.");
                }
        }

        /// <summary>
        /// The engine's load context must take runtime assemblies from the host: a private copy of one (e.g.
        /// System.Diagnostics.DiagnosticSource, which Microsoft.Extensions.Http 9+ brings to net8.0) splits its types from
        /// the runtime's, and the first call that passes one across (SocketsHttpHandler.MeterFactory) fails with
        /// "Method not found" in pwsh. ADR 0001 has the measurement.
        /// </summary>
        [Fact]
        public void The_Core_edition_ships_no_assembly_of_the_dotnet_runtime()
        {
            var runtimeDir = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
            var runtimeCopies = Directory.GetFiles(ModuleLayout.Dependencies("Core"), "*.dll")
                .Select(Path.GetFileName)
                .Where(name => File.Exists(Path.Combine(runtimeDir, name!)));
            Assert.Empty(runtimeCopies);
        }

        /// <summary>Assemblies of .NET Framework 4.7.2+ itself (netstandard.dll included) that the Desktop build may reference.</summary>
        private static bool IsNetFramework(string name) =>
            name == "mscorlib" || name == "netstandard" || name == "System" || name == "System.Core" || name == "System.Numerics"
            || name == "System.Net.Http" || name == "System.Runtime" || name == "System.Xml" || name == "System.Data"
            || name == "System.ComponentModel.DataAnnotations" || name == "System.Runtime.Serialization" || name == "Microsoft.CSharp";

        [Theory]
        [InlineData("Core")]
        [InlineData("Desktop")]
        public void Each_edition_carries_the_cmdlet_help_next_to_the_cmdlets(string edition) =>
            Assert.Equal(File.ReadAllText(SpecFiles.Combine("en-US", "EnodePS.dll-Help.xml")),
                File.ReadAllText(Path.Combine(ModuleLayout.Edition(edition), "en-US", "EnodePS.dll-Help.xml")));

        [Fact]
        public void The_script_module_imports_the_loader_before_the_cmdlets_from_the_edition_folders()
        {
            var script = File.ReadAllText(SpecFiles.Combine("src", "EnodePS", "EnodePS.psm1"));
            var loader = script.IndexOf("/$edition/EnodePS.Loader.dll\"", System.StringComparison.Ordinal);
            var cmdlets = script.IndexOf("/$edition/EnodePS.dll\"", System.StringComparison.Ordinal);
            Assert.True(loader > 0 && cmdlets > loader, "EnodePS.psm1 must import EnodePS.Loader.dll before EnodePS.dll.");
            foreach (var edition in ModuleLayout.Editions) Assert.Contains($"'{edition}'", script);
            Assert.Matches(new Regex(@"RootModule\s*=\s*'EnodePS\.psm1'"), File.ReadAllText(SpecFiles.Combine("EnodePS.psd1")));
        }
    }
}
