using System;
using System.Diagnostics;
using System.Text;
using System.Threading;
using EnodePS.Tests.Shared;

namespace EnodePS.PowerShell.Tests.Support
{
    /// <summary>
    /// Runs a separate pwsh process: the pinned tool (7.6.10, .config/dotnet-tools.json) through `dotnet pwsh`,
    /// restored on first use. For what only a fresh process shows: the module's own load context, -NonInteractive
    /// behaviour, the Pester suite.
    /// </summary>
    public static class PwshProcess
    {
        private static readonly Lazy<bool> Restored = new Lazy<bool>(() =>
        {
            var restore = Start("dotnet", new[] { "tool", "restore" }, TimeSpan.FromMinutes(3));
            if (restore.ExitCode != 0) throw new InvalidOperationException("dotnet tool restore failed:\n" + restore.Output);
            return true;
        }, LazyThreadSafetyMode.ExecutionAndPublication);

        public sealed class Result
        {
            public Result(int exitCode, string output) { ExitCode = exitCode; Output = output; }
            public int ExitCode { get; }

            /// <summary>Standard output and standard error, interleaved as they arrived.</summary>
            public string Output { get; }
            public override string ToString() => $"exit {ExitCode}\n{Output}";
        }

        /// <summary>Runs `pwsh -NoProfile -NonInteractive -Command script` from the repository root.</summary>
        public static Result Command(string script, TimeSpan? timeout = null) =>
            Pwsh(new[] { "-NoProfile", "-NonInteractive", "-Command", script }, timeout);

        /// <summary>Runs `pwsh -NoProfile -NonInteractive -File path args…` from the repository root.</summary>
        public static Result File(string path, params string[] arguments)
        {
            var all = new string[arguments.Length + 4];
            all[0] = "-NoProfile"; all[1] = "-NonInteractive"; all[2] = "-File"; all[3] = path;
            Array.Copy(arguments, 0, all, 4, arguments.Length);
            return Pwsh(all, TimeSpan.FromMinutes(10));
        }

        private static Result Pwsh(string[] arguments, TimeSpan? timeout)
        {
            _ = Restored.Value;
            var all = new string[arguments.Length + 1];
            all[0] = "pwsh";
            Array.Copy(arguments, 0, all, 1, arguments.Length);
            return Start("dotnet", all, timeout ?? TimeSpan.FromMinutes(2));
        }

        private static Result Start(string file, string[] arguments, TimeSpan timeout)
        {
            var info = new ProcessStartInfo(file)
            {
                WorkingDirectory = SpecFiles.RepoRoot,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
                UseShellExecute = false,
            };
            foreach (var argument in arguments) info.ArgumentList.Add(argument);
            info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            info.Environment["DOTNET_NOLOGO"] = "1";
            info.Environment["NO_COLOR"] = "1";
            var output = new StringBuilder();
            using var process = new Process { StartInfo = info };
            process.OutputDataReceived += (_, e) => { if (e.Data != null) lock (output) output.AppendLine(e.Data); };
            process.ErrorDataReceived += (_, e) => { if (e.Data != null) lock (output) output.AppendLine(e.Data); };
            process.Start();
            process.StandardInput.Close();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!process.WaitForExit((int)timeout.TotalMilliseconds))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{file} {string.Join(" ", arguments)} did not end within {timeout}:\n{output}");
            }
            process.WaitForExit();
            lock (output) return new Result(process.ExitCode, output.ToString());
        }
    }
}
