using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace EnodePS.HelpBuilder
{
    /// <summary>
    /// The module page (docs/cmdlets/EnodePS.md, PlatyPS's module page layout): a written introduction, then a list of
    /// every cmdlet with its synopsis, which is made from the cmdlet pages so that it cannot fall behind them.
    /// </summary>
    public static class ModulePage
    {
        public const string FileName = "EnodePS.md";
        private const string ListHeading = "## EnodePS Cmdlets";

        public static bool IsModulePage(string path) => string.Equals(Path.GetFileName(path), FileName, StringComparison.OrdinalIgnoreCase);

        /// <summary>The page with its cmdlet list rebuilt from <paramref name="pages"/>; what precedes the list is kept.</summary>
        public static string Write(string current, IEnumerable<CmdletPage> pages)
        {
            var text = current.Replace("\r\n", "\n");
            var at = text.IndexOf(ListHeading, StringComparison.Ordinal);
            var introduction = (at < 0 ? text.TrimEnd() + "\n\n" : text.Substring(0, at));
            var page = new StringBuilder(introduction).Append(ListHeading).Append('\n');
            foreach (var cmdlet in pages.OrderBy(p => p.Name, StringComparer.Ordinal))
                page.Append('\n').Append("### [").Append(cmdlet.Name).Append("](").Append(cmdlet.Name).Append(".md)\n")
                    .Append(cmdlet.Synopsis.Trim()).Append('\n');
            return page.ToString();
        }
    }
}
