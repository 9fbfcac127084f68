using System.IO;
using System.Management.Automation;

namespace EnodePS.Loader
{
    /// <summary>
    /// Runs when EnodePS.psm1 imports this assembly, before it imports the cmdlets: PowerShell reads every cmdlet
    /// type on import, and those types name engine types, so the engine must be findable first.
    /// </summary>
    public sealed class ModuleLoader : IModuleAssemblyInitializer
    {
        public void OnImport() =>
            EngineLoader.Install(Path.GetDirectoryName(typeof(ModuleLoader).Assembly.Location)!);
    }
}
