using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace EnodePS.Client.Errors
{
    /// <summary>One entry of a validation problem's "issues" list.</summary>
    public sealed class ProblemIssue
    {
        public string? Code { get; set; }
        public string? Message { get; set; }
        public List<object?>? Path { get; set; }

        [JsonIgnore]
        public string PathText => Path == null ? "" : string.Join(".", Path);

        public override string ToString() => string.IsNullOrEmpty(PathText) ? Message ?? "" : $"{PathText}: {Message}";
    }
}
