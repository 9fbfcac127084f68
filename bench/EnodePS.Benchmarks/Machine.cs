using System;
using System.IO;
using System.Linq;
using System.Runtime;
using System.Runtime.InteropServices;

namespace EnodePS.Benchmarks
{
    /// <summary>What the figures came from: cores, memory, OS, .NET, and how busy the machine was.</summary>
    internal static class Machine
    {
        public static string Describe()
        {
            var memory = TotalMemoryBytes();
            return $"{Environment.ProcessorCount} cores, {memory / (1024.0 * 1024 * 1024):0.0} GiB memory, {RuntimeInformation.OSDescription} " +
                   $"({RuntimeInformation.OSArchitecture}), {RuntimeInformation.FrameworkDescription}, " +
                   $"{(GCSettings.IsServerGC ? "server" : "workstation")} GC";
        }

        /// <summary>The 1, 5 and 15 minute load averages (Linux), or null elsewhere.</summary>
        public static string? LoadAverage()
        {
            try
            {
                return File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : null;
            }
            catch (IOException)
            {
                return null;
            }
        }

        private static long TotalMemoryBytes()
        {
            try
            {
                var line = File.Exists("/proc/meminfo") ? File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal)) : null;
                if (line != null) return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
            }
            catch (IOException)
            {
            }
            return GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        }
    }
}
