using System.Collections.Concurrent;
using System.Linq;
using EnodePS.Client.Logging;

namespace EnodePS.Client.Tests.Support
{
    internal sealed class CollectingLog : IEnodeLog
    {
        public ConcurrentQueue<string> Lines { get; } = new ConcurrentQueue<string>();
        public bool IsDebugEnabled { get; set; } = true;
        public void Verbose(string message) => Lines.Enqueue("VERBOSE: " + message);
        public void Debug(string message) => Lines.Enqueue("DEBUG: " + message);
        public string All => string.Join("\n", Lines.ToArray());
    }
}
