using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace EnodePS.Emulator.State
{
    /// <summary>
    /// Keeps the last computed status of a thing, so that a freshly computed one can say when it last changed and
    /// which fields changed. Call under the state's lock.
    /// </summary>
    public static class StatusBook
    {
        /// <summary>
        /// Stores <paramref name="status"/> for <paramref name="id"/>. Fields in <paramref name="volatileFields"/> (such as
        /// upcoming transitions) do not count as a change. Sets <paramref name="changedAtField"/> to now when the state
        /// differs, else carries over the stored one. Answers the changed fields (empty on the first computation).
        /// </summary>
        public static IReadOnlyList<string> Record(RecordTable table, string id, string? userId, JsonObject status, DateTimeOffset now,
            string changedAtField, params string[] volatileFields)
        {
            var previous = table.Find(id);
            var ignored = new HashSet<string>(volatileFields) { changedAtField };
            var changed = new List<string>();
            if (previous == null)
            {
                status[changedAtField] = status[changedAtField] ?? VehicleFactory.Iso(now);
            }
            else
            {
                foreach (var property in status.Where(p => !ignored.Contains(p.Key)))
                    if (!JsonNode.DeepEquals(property.Value, previous.Body[property.Key])) changed.Add(property.Key);
                status[changedAtField] = changed.Count > 0 ? VehicleFactory.Iso(now) : previous.Body[changedAtField]?.DeepClone();
                table.Remove(id);
            }
            table.Add(new State.Record(id, userId, now, (JsonObject)status.DeepClone()));
            return changed;
        }
    }
}
