using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;

namespace EnodePS.Benchmarks
{
    /// <summary>
    /// Fresh pwsh processes: the pinned local tool (7.6.10, .config/dotnet-tools.json) run as `dotnet pwsh -NoProfile
    /// -NonInteractive`, from the repository root, as a runbook would run, with its assemblies compiled to ReadyToRun as
    /// in PowerShell's release packages unless --engine tool says otherwise (<see cref="PowerShellEngine"/>). Measured
    /// scripts live in Scripts/.
    /// </summary>
    internal static class Pwsh
    {
        private static readonly Lazy<bool> Restored = new Lazy<bool>(() =>
        {
            var (exitCode, output, _) = Start(new[] { "tool", "restore" }, null, TimeSpan.FromMinutes(3));
            if (exitCode != 0) throw new InvalidOperationException("dotnet tool restore failed:\n" + output);
            return true;
        }, LazyThreadSafetyMode.ExecutionAndPublication);

        /// <summary>Which build of PowerShell runs: <see cref="PowerShellEngine.ReadyToRun"/> or <see cref="PowerShellEngine.Tool"/>. Set before the first run.</summary>
        public static string Engine { get; set; } = PowerShellEngine.ReadyToRun;

        private static readonly Lazy<string?> EngineDll = new Lazy<string?>(() =>
        {
            _ = Restored.Value;
            return ToolPwshDll is { } tool ? PowerShellEngine.PwshDll(Engine, tool) : null;
        }, LazyThreadSafetyMode.ExecutionAndPublication);

        /// <summary>The pinned tool's pwsh.dll in the NuGet package cache (what `dotnet pwsh` starts), or null.</summary>
        private static string? ToolPwshDll
        {
            get
            {
                var root = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
                           ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
                var tools = Path.Combine(root, "powershell", Version, "tools");
                if (!Directory.Exists(tools)) return null;
                var flavour = OperatingSystem.IsWindows() ? "win" : "unix";
                return Directory.EnumerateFiles(tools, "pwsh.dll", SearchOption.AllDirectories)
                    .FirstOrDefault(f => Path.GetFileName(Path.GetDirectoryName(f)) == flavour);
            }
        }

        public const string Version = "7.6.10";

        public static string Script(string name) => Path.Combine(Paths.RepoRoot, "bench", "EnodePS.Benchmarks", "Scripts", name);

        /// <summary>Runs a script in a fresh pwsh and returns the last line it wrote (a JSON object).</summary>
        public static string RunScript(string script, IEnumerable<string> arguments, IDictionary<string, string>? environment, TimeSpan timeout)
        {
            var (exitCode, output, errors) = Run(new[] { "-File", Script(script) }.Concat(arguments), environment, timeout);
            if (exitCode != 0) throw new InvalidOperationException($"{script} {string.Join(" ", arguments)} failed (exit {exitCode}): {errors}{output}");
            return output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last().Trim();
        }

        /// <summary>Runs pwsh with the given arguments after -NoProfile -NonInteractive; returns its wall time (start to exit) and its last line.</summary>
        public static (TimeSpan Elapsed, string LastLine) Timed(IEnumerable<string> arguments)
        {
            var watch = Stopwatch.StartNew();
            var (exitCode, output, errors) = Run(arguments, null, TimeSpan.FromMinutes(2));
            watch.Stop();
            if (exitCode != 0) throw new InvalidOperationException($"pwsh {string.Join(" ", arguments)} failed (exit {exitCode}): {errors}{output}");
            return (watch.Elapsed, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault()?.Trim() ?? "");
        }

        private static (int ExitCode, string Output, string Errors) Run(IEnumerable<string> arguments, IDictionary<string, string>? environment, TimeSpan timeout)
        {
            // The tool's own pwsh.dll (or its ReadyToRun copy) when it is in the package cache: `dotnet pwsh` runs the same
            // file, through the CLI's tool lookup and a shim process that would add their start-up to every figure.
            var pwsh = EngineDll.Value is { } dll ? new[] { "exec", dll } : new[] { "pwsh" };
            return Start(pwsh.Concat(new[] { "-NoProfile", "-NonInteractive" }).Concat(arguments), environment, timeout);
        }

        private static (int ExitCode, string Output, string Errors) Start(IEnumerable<string> arguments, IDictionary<string, string>? environment, TimeSpan timeout)
        {
            var info = new ProcessStartInfo(Paths.Dotnet)
            {
                WorkingDirectory = Paths.RepoRoot,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
                UseShellExecute = false,
            };
            foreach (var argument in arguments) info.ArgumentList.Add(argument);
            info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            info.Environment["DOTNET_NOLOGO"] = "1";
            info.Environment["NO_COLOR"] = "1";
            info.Environment["POWERSHELL_TELEMETRY_OPTOUT"] = "1";
            info.Environment["POWERSHELL_UPDATECHECK"] = "Off";
            if (environment != null) foreach (var pair in environment) info.Environment[pair.Key] = pair.Value;
            using var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start dotnet.");
            process.StandardInput.Close();
            var errors = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit((int)timeout.TotalMilliseconds))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"dotnet {string.Join(" ", arguments)} took longer than {timeout}.");
            }
            process.WaitForExit();
            return (process.ExitCode, output.Result, errors.Result);
        }
    }
}
