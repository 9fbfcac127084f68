using System;
using System.Net.Sockets;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text.Json.Nodes;
using System.Threading;
using EnodePS.Emulator.Http;

namespace EnodePS.Emulator.Host
{
    /// <summary>
    /// dotnet run --project src/EnodePS.Emulator.Host -- --port 5080 --seed 42
    /// Prints where the emulator listens and the credentials its token endpoint accepts, then serves until stopped.
    /// </summary>
    internal static class Program
    {
        private static int Main(string[] args)
        {
            HostArguments arguments;
            try
            {
                arguments = HostArguments.Parse(args);
            }
            catch (ArgumentException ex)
            {
                Console.Error.WriteLine(ex.Message);
                Console.Error.WriteLine();
                Console.Error.Write(HostArguments.Usage());
                return 2;
            }
            if (arguments.Help)
            {
                Console.Write(HostArguments.Usage());
                return 0;
            }

            using var stop = new ManualResetEventSlim();
            void Stop(PosixSignalContext context)
            {
                context.Cancel = true; // let Main dispose the emulator and return
                stop.Set();
            }
            using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
            using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
            using var quit = PosixSignalRegistration.Create(PosixSignal.SIGQUIT, Stop);

            using var emulator = new EnodeEmulator(arguments.Options);
            LoopbackServer server;
            try
            {
                server = emulator.StartLoopback(arguments.Port);
            }
            catch (SocketException ex)
            {
                Console.Error.WriteLine($"Cannot listen on 127.0.0.1:{arguments.Port}: {ex.Message}. Choose another --port, or 0 for a free one.");
                return 1;
            }

            Console.WriteLine(arguments.Json ? Details(emulator, server).ToJsonString() : Banner(emulator, server));
            Console.Out.Flush();
            stop.Wait();
            Console.WriteLine("Stopped.");
            return 0;
        }

        private static string Version =>
            typeof(EnodeEmulator).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "";

        // The secret is printed on purpose: this console is where its user learns it. The /_emulator routes never show it.
        private static string Banner(EnodeEmulator emulator, LoopbackServer server) =>
            $"EnodePS emulator {Version} (Enode API {Handlers.EmulatorControlHandlers.ApiVersion}), seed {emulator.Options.Seed}" + Environment.NewLine +
            $"  ApiUrl:       {server.BaseUrl}" + Environment.NewLine +
            $"  TokenUrl:     {server.TokenUrl}" + Environment.NewLine +
            $"  ClientId:     {emulator.ClientId}" + Environment.NewLine +
            $"  ClientSecret: {emulator.RevealClientSecret()}" + Environment.NewLine +
            $"  Emulator:     {new Uri(server.BaseUrl, EnodeEmulator.EmulatorRoutePrefix.TrimStart('/') + "/info")}" + Environment.NewLine +
            "Stop with Ctrl+C.";

        private static JsonObject Details(EnodeEmulator emulator, LoopbackServer server) => new JsonObject
        {
            ["apiUrl"] = server.BaseUrl.ToString(),
            ["tokenUrl"] = server.TokenUrl.ToString(),
            ["clientId"] = emulator.ClientId,
            ["clientSecret"] = emulator.RevealClientSecret(),
            ["port"] = server.Port,
            ["seed"] = emulator.Options.Seed,
            ["apiVersion"] = Handlers.EmulatorControlHandlers.ApiVersion,
        };
    }
}
