using System;
using System.IO;

namespace EnodePS.PowerShell.Tests.Support
{
    /// <summary>A file with the given name and text in a fresh temporary folder, deleted with it.</summary>
    public sealed class TempFile : IDisposable
    {
        private readonly string _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "enodeps-" + Guid.NewGuid().ToString("N"));

        public TempFile(string name, string text)
        {
            Directory.CreateDirectory(_folder);
            Path = System.IO.Path.Combine(_folder, name);
            Write(text);
        }

        public string Path { get; }

        public void Write(string text) => File.WriteAllText(Path, text);

        public void Dispose()
        {
            try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
        }
    }
}
