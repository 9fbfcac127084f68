using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace EnodePS.HelpBuilder
{
    /// <summary>The whole conversion: every docs/cmdlets/*.md page into one MAML document.</summary>
    public static class HelpBuild
    {
        public const string HelpFileName = "EnodePS.dll-Help.xml";

        public static string FromDirectory(string pagesDirectory) => MamlWriter.Write(CmdletPages(pagesDirectory));

        /// <summary>Every cmdlet page of the folder (all of its pages but the module page).</summary>
        public static IEnumerable<CmdletPage> CmdletPages(string pagesDirectory) =>
            Directory.GetFiles(pagesDirectory, "*.md")
                .Where(p => !ModulePage.IsModulePage(p))
                .OrderBy(p => p, StringComparer.Ordinal)
                .Select(MarkdownHelpReader.ReadFile)
                .ToList();

        /// <summary>The module page as it should be now: its cmdlet list made from the cmdlet pages.</summary>
        public static string ModulePageFromDirectory(string pagesDirectory) =>
            ModulePage.Write(File.ReadAllText(Path.Combine(pagesDirectory, ModulePage.FileName)), CmdletPages(pagesDirectory));

        /// <summary>The repository root: the nearest folder upwards that holds EnodePS.sln.</summary>
        public static string FindRepoRoot(string start)
        {
            var dir = new DirectoryInfo(start);
            while (dir != null && !File.Exists(Path.Combine(dir.FullName, "EnodePS.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException($"No EnodePS.sln above {start}.");
        }
    }
}
