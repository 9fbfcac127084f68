using System.IO;
using System.Linq;
using System.Reflection;
using EnodePS.Tests.Shared;

namespace EnodePS.PowerShell.Tests.Support
{
    /// <summary>Where the built module and the Pester module are.</summary>
    public static class ModulePaths
    {
        /// <summary>The manifest `dotnet build` lays out: what users import.</summary>
        public static string Manifest
        {
            get
            {
                var path = SpecFiles.Combine("out", "EnodePS", "EnodePS.psd1");
                if (!File.Exists(path)) throw new FileNotFoundException("Build the module first (dotnet build): " + path);
                return path;
            }
        }

        public static string ModuleRoot => Path.GetDirectoryName(Manifest)!;

        /// <summary>Pester 5.7.1 from the NuGet cache (a PackageDownload of this project).</summary>
        public static string Pester
        {
            get
            {
                var path = typeof(ModulePaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                    .Single(a => a.Key == "PesterModule").Value!;
                if (!File.Exists(path)) throw new FileNotFoundException("Pester was not restored (dotnet restore): " + path);
                return path;
            }
        }
    }
}
