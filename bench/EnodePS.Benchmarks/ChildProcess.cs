using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;

namespace EnodePS.Benchmarks
{
    /// <summary>Runs this program again with a measurement mode and returns the one JSON line it prints last.</summary>
    internal static class ChildProcess
    {
        public static string Run(Target target, IEnumerable<string> arguments, TimeSpan timeout)
        {
            var info = new ProcessStartInfo(Paths.Dotnet) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            info.ArgumentList.Add("exec");
            info.ArgumentList.Add(Paths.Self);
            foreach (var argument in arguments.Concat(target.Arguments())) info.ArgumentList.Add(argument);
            info.Environment[Target.SecretVariable] = target.ClientSecret;
            using var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start a measurement process.");
            var errors = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit((int)timeout.TotalMilliseconds))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"A measurement ({string.Join(" ", arguments)}) took longer than {timeout}.");
            }
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"A measurement ({string.Join(" ", arguments)}) failed: {errors.Result}{output.Result}");
            return output.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last().Trim();
        }
    }
}
