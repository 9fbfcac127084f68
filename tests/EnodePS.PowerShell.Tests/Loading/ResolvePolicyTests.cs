using System;
using System.IO;
using System.Reflection;
using EnodePS.Loader;
using EnodePS.PowerShell.Tests.Support;

namespace EnodePS.PowerShell.Tests.Loading
{
    /// <summary>The decisions behind both resolvers, over names and paths only.</summary>
    public class ResolvePolicyTests
    {
        private static readonly string Edition = Path.Combine(Path.GetTempPath(), "EnodePS", "Desktop");
        private static readonly string Deps = Path.Combine(Edition, DependencyCatalog.FolderName);

        private static DependencyCatalog Catalog() => new DependencyCatalog(Deps, new[]
        {
            (Path.Combine(Deps, "EnodePS.Client.dll"), new AssemblyName("EnodePS.Client, Version=0.1.0.0")),
            (Path.Combine(Deps, "System.Text.Json.dll"), new AssemblyName("System.Text.Json, Version=8.0.0.0, Culture=neutral, PublicKeyToken=cc7b13ffcd2ddd51")),
            (Path.Combine(Deps, "Polly.Core.dll"), new AssemblyName("Polly.Core, Version=8.0.0.0")),
        });

        [Theory]
        [InlineData("System.Text.Json, Version=8.0.0.0", true)]
        [InlineData("System.Text.Json, Version=6.0.0.0", true)]  // an older request is served by our newer copy
        [InlineData("System.Text.Json, Version=9.0.0.0", false)] // we cannot satisfy a newer one: leave it to its owner
        [InlineData("System.Text.Json", true)]
        [InlineData("system.text.json, Version=8.0.0.0", true)]
        [InlineData("Newtonsoft.Json, Version=13.0.0.0", false)]
        public void A_copy_serves_requests_for_its_name_up_to_its_version(string requested, bool served) =>
            Assert.Equal(served, Catalog().PathFor(new AssemblyName(requested)) != null);

        [Theory]
        [InlineData("EnodePS.Client, Version=0.1.0.0", true)]
        [InlineData("EnodePS.Emulator, Version=0.1.0.0", false)] // not shipped in this folder
        [InlineData("Polly.Core, Version=8.0.0.0", false)]       // a package: loaded by the engine context, never handed to the session
        [InlineData("System.Text.Json, Version=8.0.0.0", false)]
        public void PowerShell_7_bridges_only_the_engines_own_assemblies(string requested, bool bridged) =>
            Assert.Equal(bridged, ResolvePolicy.IsEngineRequest(new AssemblyName(requested), Catalog()));

        [Fact]
        public void Windows_PowerShell_serves_our_assemblies_and_requests_of_unknown_origin()
        {
            var json = new AssemblyName("System.Text.Json, Version=8.0.0.0");
            Assert.Equal(Path.Combine(Deps, "System.Text.Json.dll"),
                ResolvePolicy.DesktopCopyFor(json, Path.Combine(Edition, "EnodePS.dll"), Edition, Catalog()));
            Assert.NotNull(ResolvePolicy.DesktopCopyFor(json, Path.Combine(Deps, "EnodePS.Client.dll"), Edition, Catalog()));
            Assert.NotNull(ResolvePolicy.DesktopCopyFor(json, null, Edition, Catalog()));
        }

        [Fact]
        public void Windows_PowerShell_leaves_another_modules_failed_bind_alone()
        {
            var other = Path.Combine(Path.GetTempPath(), "Az.Accounts", "Microsoft.Azure.PowerShell.Authentication.dll");
            Assert.Null(ResolvePolicy.DesktopCopyFor(new AssemblyName("System.Text.Json, Version=8.0.0.0"), other, Edition, Catalog()));
            // A sibling folder whose name merely starts like ours is not ours either.
            Assert.Null(ResolvePolicy.DesktopCopyFor(new AssemblyName("System.Text.Json, Version=8.0.0.0"), Edition + "Extra" + Path.DirectorySeparatorChar + "x.dll", Edition, Catalog()));
        }

        [Fact]
        public void A_catalog_reads_names_and_versions_from_a_folder_without_loading_and_skips_native_files()
        {
            var dir = Directory.CreateTempSubdirectory("enodeps-catalog").FullName;
            try
            {
                File.Copy(Path.Combine(ModuleLayout.Edition("Core"), "EnodePS.Loader.dll"), Path.Combine(dir, "EnodePS.Loader.dll"));
                File.WriteAllText(Path.Combine(dir, "native.dll"), "not a managed assembly");
                var catalog = DependencyCatalog.FromDirectory(dir);
                Assert.Equal(new[] { "EnodePS.Loader" }, catalog.Names);
                Assert.NotNull(catalog.PathFor(new AssemblyName("EnodePS.Loader")));
                Assert.Empty(DependencyCatalog.FromDirectory(Path.Combine(dir, "missing")).Names);
            }
            finally
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }
}
