using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json.Nodes;
using EnodePS.Emulator.State;
using EnodePS.Emulator.Time;

namespace EnodePS.Emulator.Actions
{
    /// <summary>
    /// Runs control actions the way the reference describes them. A request creates an action in PENDING (or at once
    /// CANCELLED when a precondition fails, e.g. a vehicle that is already charging or not plugged in). A reachable
    /// device carries the change out after <see cref="EmulatorOptions.ActionDelay"/> and the action is CONFIRMED; an
    /// unreachable one is retried every <see cref="RetryInterval"/> until <see cref="EmulatorOptions.ActionTimeout"/>,
    /// when the action FAILS with NO_RESPONSE. A device has one PENDING action at most: a newer one CANCELS it
    /// (CONFLICT), except that a vehicle's identical request gets the pending action back. Every transition is published
    /// as user:vendor-action:updated, every device change as user:{type}:updated.
    /// </summary>
    /// <remarks>Every public method is called under the state's Gate; scheduled work takes it itself.</remarks>
    public sealed class ActionEngine
    {
        /// <summary>How often Enode tries a device again that did not respond.</summary>
        public static readonly TimeSpan RetryInterval = TimeSpan.FromMinutes(1);

        private readonly EmulatorState _state;
        private readonly Dictionary<string, PendingAction> _pending = new Dictionary<string, PendingAction>(StringComparer.Ordinal);
        private readonly Dictionary<string, PendingAction> _pendingByTarget = new Dictionary<string, PendingAction>(StringComparer.Ordinal);

        public ActionEngine(EmulatorState state) { _state = state; }

        /// <summary>Actions still PENDING.</summary>
        public int PendingCount => _pending.Count;

        /// <summary>Creates the action a control request asks for and returns it as the API answers it.</summary>
        public JsonObject Submit(DeviceKind kind, Record device, DeviceCommand command)
        {
            var now = _state.Clock.UtcNow;
            _pendingByTarget.TryGetValue(TargetKey(kind, device.Id), out var previous);
            if (previous != null && kind == DeviceKind.Vehicle && command.SameAs(previous.Record.Body))
                return Copy(previous.Record);

            var id = _state.Ids.Next();
            var body = new JsonObject
            {
                ["id"] = id,
                ["userId"] = device.UserId,
                ["createdAt"] = VehicleFactory.Iso(now),
                ["updatedAt"] = VehicleFactory.Iso(now),
                ["completedAt"] = null,
                ["state"] = ActionStates.Pending,
                ["targetId"] = device.Id,
                ["targetType"] = kind.Name,
            };
            command.Describe(body);
            body["failureReason"] = null;
            var record = new Record(id, device.UserId, now, body);
            _state.Actions.Add(record);

            if (previous != null)
                Resolve(previous, ActionStates.Cancelled, new ActionFailure(ActionStates.Conflict, $"A newer action ({id}) was created for this {kind}."));

            var failure = command.Check(device.Body);
            if (failure != null)
            {
                // Known at once not to happen: the request answers a CANCELLED action, which never was PENDING.
                body["state"] = ActionStates.Cancelled;
                body["completedAt"] = VehicleFactory.Iso(now);
                body["failureReason"] = failure.ToJson();
                return Copy(record);
            }

            var pending = new PendingAction(record, kind, device.Id, command, now + _state.Options.ActionTimeout);
            _pending[id] = pending;
            _pendingByTarget[TargetKey(kind, device.Id)] = pending;
            pending.Attempt = _state.Scheduler.After(_state.Options.ActionDelay, () => Attempt(id), $"action {id} reaches its {kind}");
            pending.Timeout = _state.Scheduler.At(pending.Deadline, () => TimeOut(id), $"action {id} times out");
            return Copy(record);
        }

        /// <summary>The action of the kind's targetType with this id, or null.</summary>
        public Record? Find(DeviceKind kind, string actionId)
        {
            var record = _state.Actions.Find(actionId);
            return record != null && (string?)record.Body["targetType"] == kind.Name ? record : null;
        }

        /// <summary>Cancels a PENDING action on request; false (nothing changes) when it is already resolved.</summary>
        public bool TryCancel(Record action)
        {
            if (!_pending.TryGetValue(action.Id, out var pending)) return false;
            Resolve(pending, ActionStates.Cancelled, new ActionFailure(ActionStates.RequestedCancellation, "The action was cancelled on request."));
            return true;
        }

        private void Attempt(string actionId)
        {
            lock (_state.Gate)
            {
                if (!_pending.TryGetValue(actionId, out var pending)) return;
                var now = _state.Clock.UtcNow;
                var device = pending.Kind.Table(_state).Find(pending.TargetId);
                if (device == null)
                {
                    Resolve(pending, ActionStates.Cancelled, new ActionFailure(ActionStates.NotFound, $"The {pending.Kind} was deleted while the action was pending."));
                    return;
                }
                if ((bool?)device.Body["isReachable"] == false)
                {
                    if (now + RetryInterval < pending.Deadline)
                        pending.Attempt = _state.Scheduler.After(RetryInterval, () => Attempt(actionId), $"action {actionId} tries its {pending.Kind} again");
                    return;
                }

                var failure = pending.Command.Check(device.Body);
                if (failure == null)
                {
                    var updated = new List<string>(pending.Command.Apply(device.Body, now));
                    device.Body["lastSeen"] = VehicleFactory.Iso(now);
                    updated.Add("lastSeen");
                    PublishDeviceUpdated(pending.Kind, device, updated);
                    Resolve(pending, ActionStates.Confirmed, null);
                }
                else if (failure.Type == ActionStates.Unnecessary)
                {
                    Resolve(pending, ActionStates.Confirmed, null); // the device already shows what was asked
                }
                else
                {
                    Resolve(pending, ActionStates.Cancelled, failure);
                }
            }
        }

        private void TimeOut(string actionId)
        {
            lock (_state.Gate)
            {
                if (!_pending.TryGetValue(actionId, out var pending)) return;
                var minutes = _state.Options.ActionTimeout.TotalMinutes.ToString("0.##", CultureInfo.InvariantCulture);
                Resolve(pending, ActionStates.Failed, new ActionFailure(ActionStates.NoResponse, $"The {pending.Kind} did not respond within {minutes} minutes."));
            }
        }

        private void Resolve(PendingAction pending, string state, ActionFailure? failure)
        {
            var now = VehicleFactory.Iso(_state.Clock.UtcNow);
            var body = pending.Record.Body;
            body["state"] = state;
            body["updatedAt"] = now;
            body["completedAt"] = now;
            body["failureReason"] = failure?.ToJson();
            _pending.Remove(pending.Record.Id);
            _pendingByTarget.Remove(TargetKey(pending.Kind, pending.TargetId));
            pending.Attempt?.Cancel();
            pending.Timeout?.Cancel();

            var updated = new JsonArray("state", "updatedAt", "completedAt");
            if (failure != null) updated.Add("failureReason");
            _state.Events.Publish("user:vendor-action:updated", new JsonObject
            {
                ["user"] = new JsonObject { ["id"] = pending.Record.UserId },
                ["vendorAction"] = Copy(pending.Record),
                ["updatedFields"] = updated,
            });
        }

        private void PublishDeviceUpdated(DeviceKind kind, Record device, IEnumerable<string> updatedFields)
        {
            var fields = new JsonArray();
            foreach (var field in updatedFields) fields.Add(field);
            _state.Events.Publish("user:" + kind.Name + ":updated", new JsonObject
            {
                ["user"] = new JsonObject { ["id"] = device.UserId },
                [kind.Name] = Copy(device),
                ["updatedFields"] = fields,
            });
        }

        /// <summary>Publishes a user:{type}:updated event for a change made outside actions (a location set with PUT).</summary>
        public void DeviceChanged(DeviceKind kind, Record device, params string[] updatedFields) => PublishDeviceUpdated(kind, device, updatedFields);

        private static string TargetKey(DeviceKind kind, string deviceId) => kind.Name + "/" + deviceId;

        private static JsonObject Copy(Record record) => (JsonObject)JsonNode.Parse(record.Body.ToJsonString())!;

        private sealed class PendingAction
        {
            public PendingAction(Record record, DeviceKind kind, string targetId, DeviceCommand command, DateTimeOffset deadline)
            {
                Record = record;
                Kind = kind;
                TargetId = targetId;
                Command = command;
                Deadline = deadline;
            }

            public Record Record { get; }
            public DeviceKind Kind { get; }
            public string TargetId { get; }
            public DeviceCommand Command { get; }
            public DateTimeOffset Deadline { get; }
            public ScheduledWork? Attempt { get; set; }
            public ScheduledWork? Timeout { get; set; }
        }
    }
}
