using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using EnodePS.Tests.Shared;

namespace EnodePS.Emulator.Tests.Support
{
    /// <summary>Reads operations from the repository's spec/endpoints.json, so that tests check field names against the reference.</summary>
    public static class SpecShapes
    {
        private static readonly JsonArray Operations = JsonNode.Parse(File.ReadAllText(SpecFiles.Combine("spec", "endpoints.json")))!.AsArray();

        public static JsonObject Find(string method, string path) =>
            Operations.Select(o => o!.AsObject()).Single(o => (string)o["method"]! == method && (string)o["path"]! == path);

        /// <summary>The top-level field names of the answer with this status ("data[].id" is not top-level).</summary>
        public static List<string> ResponseFields(string method, string path, int status, string? prefix = null) =>
            Find(method, path)["responses"]!.AsArray()
                .Single(r => (int)r!["status"]! == status)!["fields"]!.AsArray()
                .Select(f => (string)f!["name"]!)
                .Where(n => prefix == null || n.StartsWith(prefix))
                .Select(n => prefix == null ? n : n.Substring(prefix.Length))
                .Where(n => !n.Contains('.') && !n.Contains('['))
                .ToList();

        public static List<string> RequestEnum(string method, string path, string field) =>
            Find(method, path)["requestBody"]!.AsArray().Single(f => (string)f!["name"]! == field)!["enum"]!.AsArray()
                .Select(v => (string)v!).ToList();
    }
}
