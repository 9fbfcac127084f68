using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;

namespace EnodePS.Benchmarks
{
    /// <summary>
    /// Which build of PowerShell the measured pwsh processes run (option --engine).
    /// <list type="bullet">
    /// <item><b>ready-to-run</b> (the default): the pinned tool's own assemblies compiled to ReadyToRun images for this
    /// machine, the way PowerShell's release packages ship them. PowerShell's build sets PublishReadyToRun for Release
    /// (PowerShell.Common.props), which takes effect in its per-platform packages (deb, rpm, tar.gz, MSI, zip): the engine
    /// starts with precompiled code on users' machines.</item>
    /// <item><b>tool</b>: the dotnet tool package as NuGet serves it. A tool is framework-dependent and has no platform,
    /// so it is IL only, and the JIT compiles the whole engine as it first runs (measured here: about 0.3 s more for an
    /// empty pwsh start). What `dotnet pwsh` runs in this repository's tests and CI.</item>
    /// </list>
    /// The images are compiled once, by src/EnodePS.ReadyToRun's CompileReadyToRun target (the SDK's own crossgen2, from
    /// NuGet), into obj/ beside this program; later runs reuse them.
    /// </summary>
    internal static class PowerShellEngine
    {
        public const string ReadyToRun = "ready-to-run", Tool = "tool";
        public static readonly string[] All = { ReadyToRun, Tool };

        /// <summary>The pwsh.dll to run for an engine (one of <see cref="All"/>, checked by Program), preparing the ReadyToRun copy on first use.</summary>
        public static string PwshDll(string engine, string toolPwshDll)
        {
            if (engine == Tool) return toolPwshDll;
            var toolDirectory = Path.GetDirectoryName(toolPwshDll)!;
            var directory = Path.Combine(Paths.RepoRoot, "bench", "EnodePS.Benchmarks", "obj", "pwsh-" + ReadyToRun,
                Pwsh.Version + "-" + RuntimeInformation.RuntimeIdentifier);
            var complete = Path.Combine(directory, ".complete");
            if (!File.Exists(complete)) Prepare(toolDirectory, directory, complete);
            return Path.Combine(directory, "pwsh.dll");
        }

        public static string Describe(string engine) => engine == Tool
            ? "the dotnet tool as NuGet serves it: IL only, the engine compiled by the JIT as it runs"
            : $"the pinned tool's assemblies compiled to ReadyToRun for {RuntimeInformation.RuntimeIdentifier}, as PowerShell's release packages ship them";

        private static void Prepare(string toolDirectory, string directory, string complete)
        {
            Console.Error.WriteLine($"Compiling PowerShell {Pwsh.Version}'s assemblies to ReadyToRun images (once, into {directory})...");
            if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
            var toCompile = Directory.EnumerateFiles(toolDirectory, "*.dll").Where(IsIntermediateLanguageOnly).ToList();
            CopyExcept(toolDirectory, directory, new HashSet<string>(toCompile, StringComparer.Ordinal));

            var project = Path.Combine(Paths.RepoRoot, "src", "EnodePS.ReadyToRun", "EnodePS.ReadyToRun.csproj");
            var info = new ProcessStartInfo(Paths.Dotnet) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in new[]
                     {
                         "msbuild", project, "-restore", "-t:CompileReadyToRun", "-nologo", "-v:q",
                         "-p:ReadyToRunInputs=" + string.Join("%3B", toCompile),
                         "-p:ReadyToRunOutputDir=" + directory + Path.DirectorySeparatorChar,
                     })
                info.ArgumentList.Add(argument);
            using var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start dotnet msbuild.");
            var errors = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"Compiling PowerShell to ReadyToRun failed (exit {process.ExitCode}); run with --engine tool to measure the IL build.\n{output}{errors.Result}");
            foreach (var responseFile in Directory.EnumerateFiles(directory, "*.rsp")) File.Delete(responseFile);
            var missing = toCompile.Select(Path.GetFileName).Where(name => !File.Exists(Path.Combine(directory, name!))).ToList();
            if (missing.Count > 0) throw new InvalidOperationException("No image was written for: " + string.Join(", ", missing));
            File.WriteAllText(complete, $"{toCompile.Count} assemblies compiled from {toolDirectory}\n");
        }

        private static bool IsIntermediateLanguageOnly(string path)
        {
            using var stream = File.OpenRead(path);
            using var reader = new PEReader(stream);
            var headers = reader.PEHeaders;
            return headers.CorHeader != null && headers.CorHeader.ManagedNativeHeaderDirectory.Size == 0;
        }

        private static void CopyExcept(string source, string destination, ISet<string> skipped)
        {
            Directory.CreateDirectory(destination);
            foreach (var file in Directory.EnumerateFiles(source))
                if (!skipped.Contains(file)) File.Copy(file, Path.Combine(destination, Path.GetFileName(file)));
            foreach (var sub in Directory.EnumerateDirectories(source))
                CopyExcept(sub, Path.Combine(destination, Path.GetFileName(sub)), skipped);
        }
    }
}
