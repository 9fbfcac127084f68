using System;
using System.Collections.Generic;

namespace EnodePS.Emulator.State
{
    /// <summary>
    /// The records of one resource type, newest first (the API's documented order), with cursor paging.
    /// Not thread-safe on its own: <see cref="EmulatorState"/> serialises access.
    /// </summary>
    public sealed class RecordTable
    {
        private readonly List<Record> _sorted = new List<Record>();
        private readonly Dictionary<string, Record> _byId = new Dictionary<string, Record>(StringComparer.Ordinal);

        public int Count => _sorted.Count;

        public IReadOnlyList<Record> All => _sorted;

        public void Add(Record record)
        {
            if (_byId.ContainsKey(record.Id)) throw new InvalidOperationException($"Duplicate id {record.Id}.");
            var index = _sorted.BinarySearch(record, NewestFirst.Instance);
            _sorted.Insert(index < 0 ? ~index : index, record);
            _byId[record.Id] = record;
        }

        public Record? Find(string id) => _byId.TryGetValue(id, out var r) ? r : null;

        public bool Remove(string id)
        {
            if (!_byId.TryGetValue(id, out var record)) return false;
            _byId.Remove(id);
            _sorted.RemoveAt(_sorted.BinarySearch(record, NewestFirst.Instance));
            return true;
        }

        /// <summary>
        /// One page of the records that pass <paramref name="filter"/>: after the cursor, before it, or from the start.
        /// A cursor is a record's sort key, so it still works after that record has been removed.
        /// </summary>
        public PageSlice Page(Func<Record, bool> filter, int pageSize, string? after, string? before)
        {
            var items = new List<Record>(pageSize);
            if (before != null)
            {
                var (_, index) = Locate(before);
                var last = index - 1;
                var i = last;
                for (; i >= 0 && items.Count < pageSize; i--)
                    if (filter(_sorted[i])) items.Add(_sorted[i]);
                items.Reverse();
                return new PageSlice(items, hasBefore: AnyMatch(filter, i, -1), hasAfter: AnyMatch(filter, index, 1));
            }

            var start = 0;
            if (after != null)
            {
                var (found, index) = Locate(after);
                start = found ? index + 1 : index;
            }
            var j = start;
            for (; j < _sorted.Count && items.Count < pageSize; j++)
                if (filter(_sorted[j])) items.Add(_sorted[j]);
            return new PageSlice(items, hasBefore: AnyMatch(filter, start - 1, -1), hasAfter: AnyMatch(filter, j, 1));
        }

        private bool AnyMatch(Func<Record, bool> filter, int from, int step)
        {
            for (var i = from; i >= 0 && i < _sorted.Count; i += step)
                if (filter(_sorted[i])) return true;
            return false;
        }

        /// <summary>Where the cursor's key sits: its index when the record exists, else the index it would be inserted at.</summary>
        private (bool Found, int Index) Locate(string cursor)
        {
            if (!PageCursor.TryParse(cursor, out var ticks, out var id))
                throw new FormatException("Invalid cursor.");
            var probe = new Record(id, null, new DateTimeOffset(ticks, TimeSpan.Zero), new System.Text.Json.Nodes.JsonObject());
            var index = _sorted.BinarySearch(probe, NewestFirst.Instance);
            return index >= 0 ? (true, index) : (false, ~index);
        }

        private sealed class NewestFirst : IComparer<Record>
        {
            public static readonly NewestFirst Instance = new NewestFirst();

            public int Compare(Record? x, Record? y)
            {
                var byTime = y!.CreatedAt.UtcTicks.CompareTo(x!.CreatedAt.UtcTicks);
                return byTime != 0 ? byTime : string.CompareOrdinal(x.Id, y.Id);
            }
        }
    }
}
