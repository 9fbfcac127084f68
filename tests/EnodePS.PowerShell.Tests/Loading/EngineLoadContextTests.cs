using System;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Security;
using System.Threading.Tasks;
using EnodePS.PowerShell.Tests.Support;
using EnodePS.Loader;
using EnodePS.Tests.Shared;

namespace EnodePS.PowerShell.Tests.Loading
{
    /// <summary>
    /// The real private context over the laid-out Core/Dependencies folder, in this process: the engine and its packages
    /// load there, apart from the copies this test process already holds in its default context, and the engine works.
    /// (PowerShell itself is not here; what differs under pwsh is only who raises the default context's Resolving event.)
    /// </summary>
    public class EngineLoadContextTests
    {
        private static EngineLoadContext NewContext() =>
            new EngineLoadContext(DependencyCatalog.FromDirectory(ModuleLayout.Dependencies("Core")));

        [Fact]
        public void The_engine_and_its_packages_load_privately_while_runtime_types_stay_shared()
        {
            var context = NewContext();
            var client = context.LoadFromAssemblyName(new AssemblyName("EnodePS.Client"));
            Assert.Same(context, AssemblyLoadContext.GetLoadContext(client));

            foreach (var package in new[] { "Polly.Core", "Microsoft.Extensions.Http", "Microsoft.Extensions.DependencyInjection" })
            {
                var own = context.LoadFromAssemblyName(new AssemblyName(package));
                Assert.Same(context, AssemblyLoadContext.GetLoadContext(own));
                var sessions = AssemblyLoadContext.Default.LoadFromAssemblyName(new AssemblyName(package));
                Assert.NotSame(sessions, own);
            }

            // The runtime is not ours to ship: it falls through to the default context and its types stay one.
            var runtime = context.LoadFromAssemblyName(new AssemblyName("System.Runtime"));
            Assert.Same(AssemblyLoadContext.Default, AssemblyLoadContext.GetLoadContext(runtime));
        }

        [Fact]
        public async Task The_isolated_engine_authenticates_against_the_emulator()
        {
            using var loopback = new LoopbackEmulator();
            var client = NewContext().LoadFromAssemblyName(new AssemblyName("EnodePS.Client"));

            var optionsType = client.GetType("EnodePS.Client.EnodeClientOptions", throwOnError: true)!;
            var options = Activator.CreateInstance(optionsType)!;
            optionsType.GetProperty("ApiUrl")!.SetValue(options, loopback.ApiUrl);
            optionsType.GetProperty("TokenUrl")!.SetValue(options, loopback.TokenUrl);
            optionsType.GetProperty("ClientId")!.SetValue(options, loopback.Emulator.ClientId);
            optionsType.GetProperty("ClientSecret")!.SetValue(options, EnodePS.Client.SecureStrings.FromPlain(loopback.Emulator.RevealClientSecret()));
            optionsType.GetProperty("Environment")!.SetValue(options, Enum.Parse(optionsType.GetProperty("Environment")!.PropertyType, "Custom"));

            var clientType = client.GetType("EnodePS.Client.EnodeClient", throwOnError: true)!;
            using var engineClient = (IDisposable)Activator.CreateInstance(clientType, options)!;
            var token = await (Task<string>)clientType.GetMethod("GetAccessTokenAsync")!.Invoke(engineClient, new object?[] { default(System.Threading.CancellationToken) })!;

            Assert.False(string.IsNullOrEmpty(token));
            // The packages the request went through are the engine context's own, not the test process's.
            var polly = AssemblyLoadContext.GetLoadContext(client)!.Assemblies.Single(a => a.GetName().Name == "Polly.Core");
            Assert.NotSame(typeof(EnodePS.Client.EnodeClient).Assembly, client);
            Assert.IsType<EngineLoadContext>(AssemblyLoadContext.GetLoadContext(polly));
        }
    }
}
