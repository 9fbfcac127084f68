using System.Management.Automation;

namespace EnodePS.Cmdlets.Provisioning
{
    internal static class ProviderPaths
    {
        /// <summary>
        /// A file path as the process sees it. Relative paths are relative to PowerShell's current location, not the
        /// process's working directory, so PowerShell resolves them; absolute paths need no PowerShell.
        /// </summary>
        public static string Resolve(PSCmdlet cmdlet, string path) =>
            System.IO.Path.IsPathRooted(path) ? path : cmdlet.GetUnresolvedProviderPathFromPSPath(path);
    }
}
