using System;
using System.IO;
using System.Text.Json;
using EnodePS.Client.Json;

namespace EnodePS.Client.Provisioning
{
    /// <summary>Reads a .json or .psd1 file into plain values (JsonRecord, object[], strings, numbers), running nothing.</summary>
    public static class DataFile
    {
        public static object? Read(string path)
        {
            var extension = Path.GetExtension(path).ToLowerInvariant();
            if (extension != ".psd1" && extension != ".json")
                throw new ProvisioningFileException($"'{path}' is neither a .psd1 nor a .json file.");
            string text;
            try
            {
                text = File.ReadAllText(path);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is ArgumentException || ex is NotSupportedException)
            {
                throw new ProvisioningFileException($"Cannot read '{path}': {ex.Message}", ex);
            }
            return Parse(text, extension == ".json" ? "json" : "psd1", Path.GetFileName(path));
        }

        /// <summary>Parses text as "json" or "psd1"; <paramref name="source"/> names it in errors.</summary>
        public static object? Parse(string text, string format, string source)
        {
            try
            {
                return format == "json" ? JsonTree.Parse(text) : Psd1Reader.Parse(text, source);
            }
            catch (JsonException ex)
            {
                throw new ProvisioningFileException($"{source}: not valid JSON: {ex.Message}", ex);
            }
            catch (FormatException ex)
            {
                throw new ProvisioningFileException(ex.Message, ex);
            }
        }
    }
}
