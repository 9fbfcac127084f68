using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using EnodePS.Tests.Shared;

namespace EnodePS.PowerShell.Tests.Support
{
    /// <summary>The module folder `dotnet build` lays out (out/EnodePS), and what its assemblies reference, read from metadata.</summary>
    public static class ModuleLayout
    {
        public static readonly string[] Editions = { "Core", "Desktop" };

        public static string Root => ModulePaths.ModuleRoot;

        public static string Edition(string edition) => Path.Combine(Root, edition);

        public static string Dependencies(string edition) => Path.Combine(Root, edition, "Dependencies");

        /// <summary>The platforms the Core edition carries ReadyToRun images for (ModuleReadyToRunRuntimes in Directory.Build.props).</summary>
        public static IReadOnlyList<string> ImageRuntimes
        {
            get
            {
                var props = File.ReadAllText(SpecFiles.Combine("Directory.Build.props"));
                var list = Regex.Match(props, @"<ModuleReadyToRunRuntimes[^>]*>([^<]*)</ModuleReadyToRunRuntimes>").Groups[1].Value;
                return list.Split(';').Select(r => r.Trim()).Where(r => r.Length > 0).ToList();
            }
        }

        /// <summary>The folder of one platform's images: Core/&lt;rid&gt;.</summary>
        public static string Images(string runtimeIdentifier) => Path.Combine("Core", runtimeIdentifier);

        /// <summary>Every assembly of a folder, by its path under it (EnodePS.dll, Dependencies/Polly.Core.dll, ...).</summary>
        public static IReadOnlyList<string> AssembliesUnder(string folder) =>
            Directory.GetFiles(Path.Combine(Root, folder), "*.dll", SearchOption.AllDirectories)
                .Select(path => Path.GetRelativePath(Path.Combine(Root, folder), path).Replace('\\', '/'))
                .Where(relative => relative.IndexOf('/') < 0 || relative.StartsWith("Dependencies/", System.StringComparison.Ordinal))
                .OrderBy(relative => relative, System.StringComparer.Ordinal)
                .ToList();

        /// <summary>The simple names of the assemblies the file references, without loading it.</summary>
        public static IReadOnlyList<string> ReferencesOf(string assemblyPath)
        {
            using (var stream = File.OpenRead(assemblyPath))
            using (var pe = new PEReader(stream))
            {
                var metadata = pe.GetMetadataReader();
                return metadata.AssemblyReferences
                    .Select(handle => metadata.GetString(metadata.GetAssemblyReference(handle).Name))
                    .ToList();
            }
        }
    }
}
