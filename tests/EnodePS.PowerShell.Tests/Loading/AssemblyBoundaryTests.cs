using System;
using System.IO;
using System.Linq;
using EnodePS.PowerShell.Tests.Support;

namespace EnodePS.PowerShell.Tests.Loading
{
    /// <summary>
    /// The cmdlet assembly may reference the engine (EnodePS.Client, EnodePS.Emulator), PowerShell and the runtime,
    /// and nothing that the engine loads in isolation: a type from those packages in a cmdlet's signature or body
    /// would pull the package into the session's shared context, where it conflicts with other modules.
    /// </summary>
    public class AssemblyBoundaryTests
    {
        private static readonly string[] IsolatedPackages = { "System.Text.Json", "Polly", "Microsoft.Extensions.", "Microsoft.Bcl." };
        private static readonly string[] Engine = { "EnodePS.Client", "EnodePS.Emulator" };

        private static bool IsIsolated(string name) => IsolatedPackages.Any(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase));

        /// <summary>Part of the .NET runtime the tests run on (a superset of .NET 8's for the names the cmdlets use).</summary>
        private static bool IsRuntime(string name) =>
            File.Exists(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, name + ".dll"));

        [Fact]
        public void The_imported_cmdlet_assembly_references_no_isolated_package()
        {
            var references = ModuleCommands.Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
            Assert.DoesNotContain(references, IsIsolated);
            Assert.Contains("EnodePS.Client", references);
        }

        [Fact]
        public void The_PowerShell_7_cmdlets_reference_only_the_engine_PowerShell_and_the_runtime()
        {
            foreach (var name in ModuleLayout.ReferencesOf(Path.Combine(ModuleLayout.Edition("Core"), "EnodePS.dll")))
            {
                Assert.False(IsIsolated(name), $"Core/EnodePS.dll references {name}, which the engine loads in isolation.");
                Assert.True(Engine.Contains(name) || name == "System.Management.Automation" || IsRuntime(name),
                    $"Core/EnodePS.dll references {name}: neither the engine, PowerShell nor the runtime.");
            }
        }

        /// <summary>
        /// Windows PowerShell has no load contexts to isolate in; there, IAsyncEnumerable and ValueTask are types of two
        /// polyfill packages that the cmdlets and the engine must share. The resolve handler serves our copies of them.
        /// </summary>
        [Fact]
        public void The_Windows_PowerShell_cmdlets_reference_only_the_engine_PowerShell_and_the_shared_polyfills()
        {
            var allowed = Engine.Concat(new[] { "netstandard", "System.Management.Automation", "Microsoft.Bcl.AsyncInterfaces", "System.Threading.Tasks.Extensions" });
            var references = ModuleLayout.ReferencesOf(Path.Combine(ModuleLayout.Edition("Desktop"), "EnodePS.dll"));
            Assert.Empty(references.Except(allowed));
            Assert.DoesNotContain(references, n => n.StartsWith("System.Text.Json") || n.StartsWith("Polly") || n.StartsWith("Microsoft.Extensions."));
        }

        [Theory]
        [InlineData("Core")]
        [InlineData("Desktop")]
        public void The_loader_references_nothing_it_would_have_to_load_itself(string edition)
        {
            foreach (var name in ModuleLayout.ReferencesOf(Path.Combine(ModuleLayout.Edition(edition), "EnodePS.Loader.dll")))
                Assert.True(name == "netstandard" || name == "System.Management.Automation" || (edition == "Core" && IsRuntime(name) && !IsIsolated(name)),
                    $"{edition}/EnodePS.Loader.dll references {name}.");
        }
    }
}
