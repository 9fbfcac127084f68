using System.Linq;
using System.Text.Json.Nodes;

namespace EnodePS.Emulator.State
{
    /// <summary>Smart overrides: "charge now" for a target under a schedule or smart charging, until ended.</summary>
    public static class SmartOverrides
    {
        public static Record? Active(EmulatorState state, string targetId) =>
            state.SmartOverrides.All.FirstOrDefault(r => (string?)r.Body["targetId"] == targetId && r.Body["endedAt"] == null);

        /// <summary>
        /// Starts a new one for the target (an active one is answered instead by the caller). vendorActionId: the action
        /// that starts charging, or null when none was needed or possible (the target already charges, or is unplugged
        /// or full).
        /// </summary>
        public static Record Start(EmulatorState state, string targetType, Record target, string? vendorActionId)
        {
            var now = state.Clock.UtcNow;
            var record = new Record(state.Ids.Next(), target.UserId, now, new JsonObject
            {
                ["createdAt"] = VehicleFactory.Iso(now),
                ["endedAt"] = null,
                ["targetType"] = targetType,
                ["targetId"] = target.Id,
                ["vendorActionId"] = vendorActionId,
                ["userId"] = target.UserId,
                ["vendor"] = target.Body["vendor"]?.DeepClone(),
            });
            state.SmartOverrides.Add(record);
            return record;
        }

        public static Record? End(EmulatorState state, string targetId)
        {
            var active = Active(state, targetId);
            if (active != null) active.Body["endedAt"] = VehicleFactory.Iso(state.Clock.UtcNow);
            return active;
        }

        /// <summary>The override as schedule and smart charging statuses embed it (without userId and vendor).</summary>
        public static JsonNode? Embedded(Record? record) => record == null ? null : new JsonObject
        {
            ["createdAt"] = record.Body["createdAt"]!.DeepClone(),
            ["endedAt"] = record.Body["endedAt"]?.DeepClone(),
            ["targetType"] = record.Body["targetType"]!.DeepClone(),
            ["targetId"] = record.Body["targetId"]!.DeepClone(),
            ["vendorActionId"] = record.Body["vendorActionId"]?.DeepClone(),
        };
    }
}
