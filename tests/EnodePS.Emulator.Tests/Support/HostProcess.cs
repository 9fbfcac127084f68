using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Tests.Shared;

namespace EnodePS.Emulator.Tests.Support
{
    /// <summary>
    /// The console host (src/EnodePS.Emulator.Host) started as a real process with `dotnet exec`, its output collected
    /// line by line. Disposing kills it if it is still running, so a failed test leaves no process behind.
    /// </summary>
    public sealed class HostProcess : IDisposable
    {
        private readonly Process _process;
        private readonly BlockingCollection<string> _lines = new BlockingCollection<string>();
        private readonly StringBuilder _all = new StringBuilder();
        private readonly StringBuilder _errors = new StringBuilder();

        private HostProcess(Process process)
        {
            _process = process;
            process.OutputDataReceived += (_, e) =>
            {
                if (e.Data == null) { _lines.CompleteAdding(); return; }
                lock (_all) _all.AppendLine(e.Data);
                _lines.Add(e.Data);
            };
            process.ErrorDataReceived += (_, e) => { if (e.Data != null) lock (_errors) _errors.AppendLine(e.Data); };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }

        public static HostProcess Start(params string[] arguments)
        {
            var info = new ProcessStartInfo(DotnetPath())
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
                UseShellExecute = false,
            };
            info.ArgumentList.Add("exec");
            info.ArgumentList.Add(HostDll());
            foreach (var argument in arguments) info.ArgumentList.Add(argument);
            return new HostProcess(Process.Start(info) ?? throw new InvalidOperationException("Could not start the emulator host."));
        }

        public int Id => _process.Id;
        public bool HasExited => _process.HasExited;
        public int ExitCode => _process.ExitCode;
        public string Output { get { lock (_all) return _all.ToString(); } }
        public string Errors { get { lock (_errors) return _errors.ToString(); } }

        /// <summary>The next output line that starts with <paramref name="prefix"/> (after trimming), or a failure after the timeout.</summary>
        public string WaitForLine(string prefix, TimeSpan timeout)
        {
            using var cancel = new CancellationTokenSource(timeout);
            try
            {
                foreach (var line in _lines.GetConsumingEnumerable(cancel.Token))
                    if (line.TrimStart().StartsWith(prefix, StringComparison.Ordinal)) return line.Trim();
            }
            catch (OperationCanceledException)
            {
            }
            throw new TimeoutException($"The host printed no line starting with '{prefix}' within {timeout}. Output: {Output} Errors: {Errors}");
        }

        /// <summary>Asks the host to stop as Ctrl+C or a service manager would (SIGINT/SIGTERM); false where signals cannot be sent.</summary>
        public bool Signal(int signal)
        {
            if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows)) return false;
            return kill(_process.Id, signal) == 0;
        }

        public const int SigInt = 2;
        public const int SigTerm = 15;

        public bool WaitForExit(TimeSpan timeout)
        {
            if (!_process.WaitForExit((int)timeout.TotalMilliseconds)) return false;
            _process.WaitForExit(); // drains the redirected output
            return true;
        }

        public void Dispose()
        {
            try
            {
                if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
            }
            _process.Dispose();
        }

        [DllImport("libc", SetLastError = true)]
        private static extern int kill(int pid, int sig);

        /// <summary>The dotnet that runs these tests (DOTNET_HOST_PATH when the SDK sets it), else the one on the PATH.</summary>
        private static string DotnetPath()
        {
            var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
            return !string.IsNullOrEmpty(host) && File.Exists(host) ? host : "dotnet";
        }

        /// <summary>The host built in the same configuration as this test assembly (bin/&lt;Configuration&gt;/&lt;tfm&gt;).</summary>
        private static string HostDll()
        {
            var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar));
            var framework = testOutput.Name;
            var configuration = testOutput.Parent!.Name;
            var dll = SpecFiles.Combine("src", "EnodePS.Emulator.Host", "bin", configuration, framework, "EnodePS.Emulator.Host.dll");
            return File.Exists(dll) ? dll : throw new FileNotFoundException("Build src/EnodePS.Emulator.Host first (the test project references it).", dll);
        }
    }
}
