using System;
using System.Text.Json.Nodes;
using EnodePS.Emulator.Routing;
using EnodePS.Emulator.State;

namespace EnodePS.Emulator.Handlers
{
    /// <summary>The reference's paging contract for every list endpoint: data plus before/after cursors.</summary>
    public static class Paging
    {
        public const int DefaultPageSize = 50;
        public const int MaxPageSize = 1000;

        public static EmulatorResponse List(RouteContext context, RecordTable table, Func<Record, bool> filter,
            Func<Record, JsonNode> project)
        {
            var after = context.Query("after");
            var before = context.Query("before");
            if (after != null && before != null)
                return Problems.Invalid("before", "cannot be set together with \"after\"");
            if (!context.TryQueryInt("pageSize", 1, MaxPageSize, out var pageSize, out var problem)) return problem!;

            PageSlice slice;
            var data = new JsonArray();
            lock (context.State.Gate)
            {
                try
                {
                    slice = table.Page(filter, pageSize ?? DefaultPageSize, after, before);
                }
                catch (FormatException)
                {
                    return Problems.Invalid(after != null ? "after" : "before", "is not a valid cursor");
                }
                foreach (var record in slice.Items) data.Add(project(record));
            }

            var items = slice.Items;
            return EmulatorResponse.Json(200, new JsonObject
            {
                ["data"] = data,
                ["pagination"] = new JsonObject
                {
                    ["before"] = slice.HasBefore && items.Count > 0 ? PageCursor.For(items[0]) : null,
                    ["after"] = slice.HasAfter && items.Count > 0 ? PageCursor.For(items[items.Count - 1]) : null,
                },
            });
        }

        /// <summary>A deep copy, so that the answer cannot change while it is being written.</summary>
        public static JsonNode Copy(Record record) => JsonNode.Parse(record.Body.ToJsonString())!;
    }
}
