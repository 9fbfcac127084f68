using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
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
        public void The_script_module_imports_the_loader_before_the_cmdlets_from_the_folder_it_picked()
        {
            var script = File.ReadAllText(SpecFiles.Combine("src", "EnodePS", "EnodePS.psm1"));
            var loader = script.IndexOf("/$folder/EnodePS.Loader.dll\"", StringComparison.Ordinal);
            var cmdlets = script.IndexOf("/$folder/EnodePS.dll\"", StringComparison.Ordinal);
            Assert.True(loader > 0 && cmdlets > loader, "EnodePS.psm1 must import EnodePS.Loader.dll before EnodePS.dll.");
            foreach (var edition in ModuleLayout.Editions) Assert.Contains($"'{edition}'", script);
            Assert.Matches(new Regex(@"RootModule\s*=\s*'EnodePS\.psm1'"), File.ReadAllText(SpecFiles.Combine("EnodePS.psd1")));
        }

        /// <summary>
        /// The images are used only by the runtime major version they were compiled for, so the psm1 takes them on that
        /// version alone: the number it compares with must be the ReadyToRun project's target framework.
        /// </summary>
        [Fact]
        public void The_script_module_takes_the_images_on_the_runtime_they_were_compiled_for()
        {
            var script = File.ReadAllText(SpecFiles.Combine("src", "EnodePS", "EnodePS.psm1"));
            var project = File.ReadAllText(SpecFiles.Combine("src", "EnodePS.ReadyToRun", "EnodePS.ReadyToRun.csproj"));
            var compiledFor = Regex.Match(project, @"<TargetFramework>net(\d+)\.0</TargetFramework>").Groups[1].Value;
            var takenOn = Regex.Match(script, @"\[Environment\]::Version\.Major -eq (\d+)").Groups[1].Value;
            Assert.NotEqual("", compiledFor);
            Assert.Equal(compiledFor, takenOn);
        }

        public static TheoryData<string> ImageRuntimes()
        {
            var data = new TheoryData<string>();
            foreach (var runtime in ModuleLayout.ImageRuntimes) data.Add(runtime);
            return data;
        }

        [Fact]
        public void The_Core_edition_carries_images_for_Windows_and_Linux_on_x64()
        {
            Assert.Contains("win-x64", ModuleLayout.ImageRuntimes);
            Assert.Contains("linux-x64", ModuleLayout.ImageRuntimes);
            var folders = Directory.GetDirectories(ModuleLayout.Edition("Core")).Select(Path.GetFileName)
                .Where(name => name != "Dependencies" && name != "en-US").OrderBy(n => n, StringComparer.Ordinal);
            Assert.Equal(ModuleLayout.ImageRuntimes.OrderBy(n => n, StringComparer.Ordinal), folders);
        }

        /// <summary>
        /// A platform's folder is Core again, assembly for assembly, made from this very build (same module version id),
        /// with native code for that OS and architecture; Core itself stays IL, which every platform and runtime loads.
        /// </summary>
        [Theory]
        [MemberData(nameof(ImageRuntimes))]
        public void A_platform_folder_holds_every_Core_assembly_as_an_image_for_that_platform(string runtime)
        {
            var folder = ModuleLayout.Images(runtime);
            var assemblies = ModuleLayout.AssembliesUnder("Core");
            Assert.Equal(assemblies, ModuleLayout.AssembliesUnder(folder));
            Assert.Contains("Dependencies/EnodePS.Client.dll", assemblies);

            var machine = MachineOf(runtime);
            foreach (var assembly in assemblies)
            {
                var il = Read(Path.Combine(ModuleLayout.Root, "Core", assembly));
                var image = Read(Path.Combine(ModuleLayout.Root, folder, assembly));
                Assert.False(il.IsReadyToRun, $"Core/{assembly} must stay IL.");
                Assert.True(image.IsReadyToRun, $"{folder}/{assembly} has no ReadyToRun code.");
                Assert.True(image.Machine == machine, $"{folder}/{assembly} is for machine 0x{(ushort)image.Machine:X4}, not 0x{(ushort)machine:X4}.");
                Assert.True(il.Mvid == image.Mvid, $"{folder}/{assembly} was not compiled from this build's Core/{assembly}.");
            }
        }

        [Theory]
        [MemberData(nameof(ImageRuntimes))]
        public void A_platform_folder_carries_the_cmdlet_help_next_to_its_cmdlets(string runtime) =>
            Assert.Equal(File.ReadAllText(SpecFiles.Combine("en-US", "EnodePS.dll-Help.xml")),
                File.ReadAllText(Path.Combine(ModuleLayout.Root, ModuleLayout.Images(runtime), "en-US", "EnodePS.dll-Help.xml")));

        private static (bool IsReadyToRun, Machine Machine, Guid Mvid) Read(string path)
        {
            using var stream = File.OpenRead(path);
            using var pe = new PEReader(stream);
            var metadata = pe.GetMetadataReader();
            return (pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0, pe.PEHeaders.CoffHeader.Machine,
                metadata.GetGuid(metadata.GetModuleDefinition().Mvid));
        }

        /// <summary>
        /// The PE machine field of a ReadyToRun image: the architecture's, XOR-ed with a value for the OS on all but
        /// Windows (the runtime refuses an image whose OS is not its own).
        /// </summary>
        private static Machine MachineOf(string runtime)
        {
            var parts = runtime.Split('-');
            var architecture = parts[^1] switch { "x64" => 0x8664, "arm64" => 0xAA64, _ => throw new ArgumentException(runtime) };
            var os = parts[0] switch { "win" => 0, "linux" => 0x7B79, "osx" => 0x4644, "freebsd" => 0xADC4, _ => throw new ArgumentException(runtime) };
            return (Machine)(architecture ^ os);
        }
    }
}
