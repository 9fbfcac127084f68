using System;
using System.IO;
using System.Linq;

namespace EnodePS.HelpBuilder
{
    /// <summary>The whole conversion: every docs/cmdlets/*.md page into one MAML document.</summary>
    public static class HelpBuild
    {
        public const string HelpFileName = "EnodePS.dll-Help.xml";

        public static string FromDirectory(string pagesDirectory) =>
            MamlWriter.Write(Directory.GetFiles(pagesDirectory, "*.md")
                .OrderBy(p => p, StringComparer.Ordinal)
                .Select(MarkdownHelpReader.ReadFile));

        /// <summary>The repository root: the nearest folder upwards that holds EnodePS.sln.</summary>
        public static string FindRepoRoot(string start)
        {
            var dir = new DirectoryInfo(start);
            while (dir != null && !File.Exists(Path.Combine(dir.FullName, "EnodePS.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException($"No EnodePS.sln above {start}.");
        }
    }
}
