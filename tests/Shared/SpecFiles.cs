using System;
using System.IO;

namespace EnodePS.Tests.Shared
{
    /// <summary>Finds the repository's own files (spec/, the manifest) from a test's output folder.</summary>
    public static class SpecFiles
    {
        public static string RepoRoot
        {
            get
            {
                var dir = new DirectoryInfo(AppContext.BaseDirectory);
                while (dir != null && !File.Exists(System.IO.Path.Combine(dir.FullName, "EnodePS.sln"))) dir = dir.Parent;
                return dir?.FullName ?? throw new InvalidOperationException("Cannot find the repository root (EnodePS.sln).");
            }
        }

        public static string Combine(params string[] parts) => System.IO.Path.Combine(RepoRoot, System.IO.Path.Combine(parts));
    }
}
