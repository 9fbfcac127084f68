using System;
using System.IO;
using System.Reflection;
#if NET
using System.Runtime.Loader;
#endif

namespace EnodePS.Loader
{
    /// <summary>
    /// Installs, once per process, the resolution that finds the engine in this edition folder's Dependencies:
    /// PowerShell 7 bridges the default context to <see cref="EngineLoadContext"/> for the engine's own assemblies;
    /// Windows PowerShell 5.1 answers failed binds of our assemblies with our copies.
    /// </summary>
    public static class EngineLoader
    {
        private static readonly object Gate = new object();
        private static DependencyCatalog? _catalog;

        /// <summary>The folder the engine is served from, once installed (for diagnostics).</summary>
        public static string? DependencyDirectory => _catalog?.Directory;

#if NET
        /// <summary>The private context, once the engine was first asked for.</summary>
        public static AssemblyLoadContext? EngineContext { get; private set; }
#endif

        public static void Install(string editionRoot)
        {
            lock (Gate)
            {
                if (_catalog != null) return; // several runspaces import the module; the process needs one handler
                var catalog = DependencyCatalog.FromDirectory(Path.Combine(editionRoot, DependencyCatalog.FolderName));
                _catalog = catalog;
#if NET
                var context = new EngineLoadContext(catalog);
                EngineContext = context;
                AssemblyLoadContext.Default.Resolving += (_, name) =>
                    ResolvePolicy.IsEngineRequest(name, catalog) ? context.LoadFromAssemblyName(name) : null;
#else
                AppDomain.CurrentDomain.AssemblyResolve += (_, args) =>
                {
                    var path = ResolvePolicy.DesktopCopyFor(new AssemblyName(args.Name), Location(args.RequestingAssembly), editionRoot, catalog);
                    return path == null ? null : Assembly.LoadFrom(path);
                };
#endif
            }
        }

#if !NET
        private static string? Location(Assembly? assembly)
        {
            try { return assembly == null || assembly.IsDynamic ? null : assembly.Location; }
            catch (NotSupportedException) { return null; }
        }
#endif
    }
}
