using System.Collections.Generic;

namespace EnodePS.Emulator.State
{
    public sealed class PageSlice
    {
        public PageSlice(IReadOnlyList<Record> items, bool hasBefore, bool hasAfter)
        {
            Items = items;
            HasBefore = hasBefore;
            HasAfter = hasAfter;
        }

        public IReadOnlyList<Record> Items { get; }
        public bool HasBefore { get; }
        public bool HasAfter { get; }
    }
}
