using System;
using System.Diagnostics;
using System.IO;
using System.Text.Json;

namespace EnodePS.Benchmarks
{
    /// <summary>
    /// The emulator's console host (src/EnodePS.Emulator.Host) in a process of its own, so that the benchmark's memory
    /// is the client's alone. Killed when disposed.
    /// </summary>
    internal sealed class EmulatorHostProcess : IDisposable
    {
        private readonly Process _process;

        private EmulatorHostProcess(Process process, JsonElement details)
        {
            _process = process;
            ApiUrl = details.GetProperty("apiUrl").GetString()!;
            TokenUrl = details.GetProperty("tokenUrl").GetString()!;
            ClientId = details.GetProperty("clientId").GetString()!;
            ClientSecret = details.GetProperty("clientSecret").GetString()!;
        }

        public string ApiUrl { get; }
        public string TokenUrl { get; }
        public string ClientId { get; }
        public string ClientSecret { get; }
        public int ProcessId => _process.Id;

        public static EmulatorHostProcess Start(int vehicles, int users)
        {
            var info = new ProcessStartInfo(Paths.Dotnet) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            info.ArgumentList.Add("exec");
            info.ArgumentList.Add(Paths.EmulatorHost);
            foreach (var argument in new[] { "--port", "0", "--json", "--vehicle-count", vehicles.ToString(), "--user-count", users.ToString() })
                info.ArgumentList.Add(argument);
            var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start the emulator host.");
            process.ErrorDataReceived += (_, e) => { if (e.Data != null) Console.Error.WriteLine("emulator: " + e.Data); };
            process.BeginErrorReadLine();
            var line = process.StandardOutput.ReadLine()
                ?? throw new InvalidOperationException("The emulator host exited before printing where it listens.");
            using var document = JsonDocument.Parse(line);
            var host = new EmulatorHostProcess(process, document.RootElement.Clone());
            // Keep draining its output so that the host never blocks on a full pipe.
            _ = process.StandardOutput.ReadToEndAsync();
            return host;
        }

        public void Dispose()
        {
            try
            {
                if (!_process.HasExited) _process.Kill(entireProcessTree: true);
                _process.WaitForExit(5000);
            }
            catch (InvalidOperationException)
            {
            }
            _process.Dispose();
        }
    }

    internal static class Paths
    {
        /// <summary>The dotnet that runs this program.</summary>
        public static string Dotnet => Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";

        /// <summary>This program's own assembly, to run measurements in child processes.</summary>
        public static string Self => typeof(Paths).Assembly.Location;

        /// <summary>The console host built in the same configuration as this program (the project reference builds it).</summary>
        public static string EmulatorHost
        {
            get
            {
                var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
                var framework = output.Name;
                var configuration = output.Parent!.Name;
                var dll = Path.Combine(RepoRoot, "src", "EnodePS.Emulator.Host", "bin", configuration, framework, "EnodePS.Emulator.Host.dll");
                return File.Exists(dll) ? dll : throw new FileNotFoundException("Build src/EnodePS.Emulator.Host first (this project references it).", dll);
            }
        }

        public static string RepoRoot
        {
            get
            {
                var dir = new DirectoryInfo(AppContext.BaseDirectory);
                while (dir != null && !File.Exists(Path.Combine(dir.FullName, "EnodePS.sln"))) dir = dir.Parent;
                return dir?.FullName ?? throw new InvalidOperationException("Cannot find the repository root (EnodePS.sln).");
            }
        }
    }
}
