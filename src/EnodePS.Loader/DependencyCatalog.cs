using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;

namespace EnodePS.Loader
{
    /// <summary>
    /// The module's own copies of its dependencies: the assemblies in one edition folder's Dependencies directory,
    /// by simple name. Knows which request a copy can satisfy; loads nothing itself.
    /// </summary>
    public sealed class DependencyCatalog
    {
        public const string FolderName = "Dependencies";

        private readonly Dictionary<string, (string Path, Version? Version)> _byName =
            new Dictionary<string, (string, Version?)>(StringComparer.OrdinalIgnoreCase);

        public DependencyCatalog(string directory, IEnumerable<(string Path, AssemblyName Name)> assemblies)
        {
            Directory = directory;
            foreach (var (path, name) in assemblies)
                if (name.Name != null) _byName[name.Name] = (path, name.Version);
        }

        /// <summary>Reads the name and version of every assembly in the directory (headers only; nothing is loaded).</summary>
        public static DependencyCatalog FromDirectory(string directory)
        {
            var found = new List<(string, AssemblyName)>();
            if (System.IO.Directory.Exists(directory))
            {
                foreach (var path in System.IO.Directory.GetFiles(directory, "*.dll"))
                {
                    try { found.Add((path, AssemblyName.GetAssemblyName(path))); }
                    catch (BadImageFormatException) { } // not a managed assembly: nothing the runtime could ask us for
                }
            }
            return new DependencyCatalog(directory, found);
        }

        public string Directory { get; }

        public IEnumerable<string> Names => _byName.Keys;

        /// <summary>
        /// The path of our copy when it can serve the request: same simple name, and a version no lower than the one
        /// asked for (a request without a version takes any). Null otherwise.
        /// </summary>
        public string? PathFor(AssemblyName requested)
        {
            if (requested.Name == null || !_byName.TryGetValue(requested.Name, out var own)) return null;
            if (requested.Version != null && own.Version != null && own.Version < requested.Version) return null;
            return own.Path;
        }
    }
}
