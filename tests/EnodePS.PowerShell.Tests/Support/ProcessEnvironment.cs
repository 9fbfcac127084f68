using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace EnodePS.PowerShell.Tests.Support
{
    /// <summary>
    /// Tests that change the process's environment variables (a runspace's <c>$env:</c> is the process's) run in this
    /// collection, alone, after the parallel ones.
    /// </summary>
    [CollectionDefinition(Name, DisableParallelization = true)]
    public sealed class ProcessEnvironmentCollection
    {
        public const string Name = "Process environment";
    }

    /// <summary>Puts back, on dispose, every environment variable with a prefix ("" for all) as it was when created.</summary>
    public sealed class EnvironmentSnapshot : IDisposable
    {
        private readonly string _prefix;
        private readonly Dictionary<string, string> _saved;

        public EnvironmentSnapshot(string prefix)
        {
            _prefix = prefix;
            _saved = Current();
        }

        private Dictionary<string, string> Current() =>
            Environment.GetEnvironmentVariables().Cast<DictionaryEntry>()
                .Where(e => ((string)e.Key).StartsWith(_prefix, StringComparison.OrdinalIgnoreCase))
                .ToDictionary(e => (string)e.Key, e => (string)e.Value!);

        public void Dispose()
        {
            foreach (var name in Current().Keys.Where(k => !_saved.ContainsKey(k))) Environment.SetEnvironmentVariable(name, null);
            foreach (var (name, value) in _saved) Environment.SetEnvironmentVariable(name, value);
        }
    }

    /// <summary>An empty folder for a test to work in, deleted on dispose.</summary>
    public sealed class ScratchFolder : IDisposable
    {
        public ScratchFolder()
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "enodeps-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path);
        }

        public string Path { get; }

        public void Dispose()
        {
            try { Directory.Delete(Path, recursive: true); }
            catch (IOException) { }
        }
    }
}
