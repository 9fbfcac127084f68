#if NET
using System.Reflection;
using System.Runtime.Loader;

namespace EnodePS.Loader
{
    /// <summary>
    /// PowerShell 7: the private context the engine and its packages load into. An assembly we ship comes from our
    /// Dependencies folder; anything else (the runtime, System.Management.Automation) falls through to the default
    /// context, so that types the session shares with us stay the session's.
    /// </summary>
    public sealed class EngineLoadContext : AssemblyLoadContext
    {
        private readonly DependencyCatalog _catalog;

        public EngineLoadContext(DependencyCatalog catalog) : base("EnodePS.Engine")
        {
            _catalog = catalog;
        }

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            var path = _catalog.PathFor(assemblyName);
            return path == null ? null : LoadFromAssemblyPath(path);
        }
    }
}
#endif
