using System;
using System.Text.Json.Nodes;

namespace EnodePS.Emulator.Events
{
    /// <summary>Something that happened in the emulator's state, as a webhook event (name and payload per the reference).</summary>
    public sealed class EmulatorEvent
    {
        public EmulatorEvent(string name, JsonObject payload, DateTimeOffset createdAt)
        {
            Name = name;
            Payload = payload;
            CreatedAt = createdAt;
        }

        /// <summary>The event name, e.g. "user:vehicle:discovered".</summary>
        public string Name { get; }

        /// <summary>The event's fields other than "event" and "createdAt" (e.g. "user", "vehicle").</summary>
        public JsonObject Payload { get; }
        public DateTimeOffset CreatedAt { get; }
    }
}
