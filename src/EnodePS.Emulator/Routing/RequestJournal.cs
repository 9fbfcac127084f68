using System.Collections.Generic;

namespace EnodePS.Emulator.Routing
{
    /// <summary>The most recent requests, oldest first, bounded so that long runs do not grow memory.</summary>
    public sealed class RequestJournal
    {
        private readonly object _gate = new object();
        private readonly Queue<RecordedRequest> _entries = new Queue<RecordedRequest>();

        public RequestJournal(int capacity) { Capacity = capacity; }

        public int Capacity { get; }

        internal void Add(RecordedRequest entry)
        {
            lock (_gate)
            {
                _entries.Enqueue(entry);
                while (_entries.Count > Capacity) _entries.Dequeue();
            }
        }

        public IReadOnlyList<RecordedRequest> Snapshot()
        {
            lock (_gate) return _entries.ToArray();
        }

        public void Clear()
        {
            lock (_gate) _entries.Clear();
        }
    }
}
