using System.Collections.Generic;

namespace EnodePS.Client.Errors
{
    /// <summary>An RFC 7807 problem+json body as Enode sends it.</summary>
    public sealed class ProblemDetails
    {
        public string? Type { get; set; }
        public string? Title { get; set; }
        public string? Detail { get; set; }
        public List<ProblemIssue>? Issues { get; set; }
    }
}
