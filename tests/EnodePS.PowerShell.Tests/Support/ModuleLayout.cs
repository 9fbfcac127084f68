using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace EnodePS.PowerShell.Tests.Support
{
    /// <summary>The module folder `dotnet build` lays out (out/EnodePS), and what its assemblies reference, read from metadata.</summary>
    public static class ModuleLayout
    {
        public static readonly string[] Editions = { "Core", "Desktop" };

        public static string Root => ModulePaths.ModuleRoot;

        public static string Edition(string edition) => Path.Combine(Root, edition);

        public static string Dependencies(string edition) => Path.Combine(Root, edition, "Dependencies");

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
