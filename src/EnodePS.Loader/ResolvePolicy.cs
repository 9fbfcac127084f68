using System;
using System.IO;
using System.Reflection;

namespace EnodePS.Loader
{
    /// <summary>
    /// Which assembly requests EnodePS answers, and with what. Pure decisions over names and paths, so that they are
    /// tested without PowerShell; <see cref="EngineLoader"/> wires them to the runtime's events.
    /// </summary>
    public static class ResolvePolicy
    {
        /// <summary>The prefix of the engine's own assemblies (EnodePS.Client, EnodePS.Emulator, any later one).</summary>
        public const string EnginePrefix = "EnodePS.";

        /// <summary>
        /// PowerShell 7: the default context hands a request to the private engine context only for the engine's own
        /// assemblies, and only when this module ships them. Every third-party assembly (System.Text.Json, Polly,
        /// Microsoft.Extensions.*) is then found by the engine context for the engine, never for the session.
        /// </summary>
        public static bool IsEngineRequest(AssemblyName requested, DependencyCatalog catalog) =>
            requested.Name != null
            && requested.Name.StartsWith(EnginePrefix, StringComparison.OrdinalIgnoreCase)
            && catalog.PathFor(requested) != null;

        /// <summary>
        /// Windows PowerShell 5.1: the path of our copy for a bind that failed, or null to let other handlers answer.
        /// We answer only for our own assemblies (the requester lives in this edition folder) or when the runtime does
        /// not say who asks; another module's failed bind is not ours to satisfy with a version it did not ship.
        /// </summary>
        public static string? DesktopCopyFor(AssemblyName requested, string? requesterLocation, string editionRoot, DependencyCatalog catalog)
        {
            var path = catalog.PathFor(requested);
            if (path == null) return null;
            if (string.IsNullOrEmpty(requesterLocation)) return path;
            return IsUnder(requesterLocation!, editionRoot) ? path : null;
        }

        public static bool IsUnder(string path, string directory)
        {
            var full = Path.GetFullPath(path);
            var root = Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) + Path.DirectorySeparatorChar;
            return full.StartsWith(root, StringComparison.OrdinalIgnoreCase);
        }
    }
}
