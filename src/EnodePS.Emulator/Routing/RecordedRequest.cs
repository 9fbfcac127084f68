using System.Collections.Generic;
using System.Text;

namespace EnodePS.Emulator.Routing
{
    /// <summary>A request the emulator answered, kept so tests can check exactly what a client sent.</summary>
    public sealed class RecordedRequest
    {
        internal RecordedRequest(EmulatorRequest request, string? operation, int status)
        {
            Method = request.Method;
            Path = request.Path;
            Query = request.Query;
            Headers = request.Headers;
            Body = Encoding.UTF8.GetString(request.Body);
            Operation = operation;
            Status = status;
        }

        public string Method { get; }
        public string Path { get; }
        public IReadOnlyDictionary<string, string> Query { get; }
        public IReadOnlyDictionary<string, string> Headers { get; }
        public string Body { get; }

        /// <summary>"METHOD /template" of the route that served it; null when no route matched.</summary>
        public string? Operation { get; }
        public int Status { get; }

        public override string ToString() => $"{Method} {Path} -> {Status}";
    }
}
