using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using EnodePS.Tests.Shared;

namespace EnodePS.PowerShell.Tests.Support
{
    /// <summary>
    /// A separate `dotnet pwsh -NoProfile -NonInteractive` process (the pinned local tool), for what a hosted runspace
    /// can not show: in this test process the engine shares the default load context with the test's own references.
    /// </summary>
    public static class PwshProcess
    {
        private static readonly Lazy<bool> Restored = new Lazy<bool>(() => RunDotnet("tool restore", TimeSpan.FromMinutes(3)).ExitCode == 0);

        public sealed class Result
        {
            public int ExitCode { get; init; }
            public string Output { get; init; } = "";
            public string Error { get; init; } = "";
            public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
        }

        /// <summary>Runs the script in a new pwsh started in the repository root, and returns what it wrote.</summary>
        public static Result Run(string script, TimeSpan? timeout = null)
        {
            if (!Restored.Value) throw new InvalidOperationException("dotnet tool restore failed: pwsh 7.6.10 is not available.");
            var encoded = Convert.ToBase64String(System.Text.Encoding.Unicode.GetBytes(script));
            return RunDotnet("pwsh -NoProfile -NonInteractive -EncodedCommand " + encoded, timeout ?? TimeSpan.FromMinutes(2));
        }

        private static Result RunDotnet(string arguments, TimeSpan timeout)
        {
            var start = new ProcessStartInfo("dotnet", arguments)
            {
                WorkingDirectory = SpecFiles.RepoRoot,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit((int)timeout.TotalMilliseconds))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"dotnet {arguments} did not end in {timeout}.");
            }
            Task.WaitAll(output, error);
            return new Result { ExitCode = process.ExitCode, Output = output.Result, Error = error.Result };
        }
    }
}
