using System;
using System.IO;
using EnodePS.HelpBuilder;

// dotnet run --project tools/EnodePS.HelpBuilder [-- <pages folder> <output file>]
var root = HelpBuild.FindRepoRoot(Directory.GetCurrentDirectory());
var pages = args.Length > 0 ? args[0] : Path.Combine(root, "docs", "cmdlets");
var output = args.Length > 1 ? args[1] : Path.Combine(root, "en-US", HelpBuild.HelpFileName);

var maml = HelpBuild.FromDirectory(pages);
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
var unchanged = File.Exists(output) && File.ReadAllText(output) == maml;
if (!unchanged) File.WriteAllText(output, maml);
Console.WriteLine($"{(unchanged ? "Up to date" : "Wrote")}: {output} (from {pages})");

var modulePage = Path.Combine(pages, ModulePage.FileName);
if (File.Exists(modulePage))
{
    var page = HelpBuild.ModulePageFromDirectory(pages);
    var same = File.ReadAllText(modulePage).Replace("\r\n", "\n") == page;
    if (!same) File.WriteAllText(modulePage, page);
    Console.WriteLine($"{(same ? "Up to date" : "Wrote")}: {modulePage}");
}
