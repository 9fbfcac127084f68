using System;
using System.Text.Json.Nodes;

namespace EnodePS.Emulator.State
{
    /// <summary>One stored resource: its JSON body as the API returns it, plus what the emulator sorts and filters by.</summary>
    public sealed class Record
    {
        public Record(string id, string? userId, DateTimeOffset createdAt, JsonObject body)
        {
            Id = id;
            UserId = userId;
            CreatedAt = createdAt;
            Body = body;
        }

        public string Id { get; }
        public string? UserId { get; }
        public DateTimeOffset CreatedAt { get; }

        /// <summary>The resource's JSON, field names as in the reference. Mutate only under the state's lock.</summary>
        public JsonObject Body { get; }
    }
}
