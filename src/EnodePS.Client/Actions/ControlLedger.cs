using System;
using System.Collections.Generic;
using EnodePS.Client.Models;

namespace EnodePS.Client.Actions
{
    /// <summary>A device a control action was sent to, as errors and warnings name it: "vehicle 1234 (TESLA)".</summary>
    public sealed class ControlledDevice
    {
        public ControlledDevice(string type, string id, string? vendor = null)
        {
            Type = type ?? throw new ArgumentNullException(nameof(type));
            Id = id ?? throw new ArgumentNullException(nameof(id));
            Vendor = string.IsNullOrEmpty(vendor) ? null : vendor;
        }

        public string Type { get; }
        public string Id { get; }
        public string? Vendor { get; }

        public override string ToString() => Vendor == null ? $"{Type} {Id}" : $"{Type} {Id} ({Vendor})";
    }

    /// <summary>
    /// What one client sent to devices: the control actions per device over the last 24 hours (Enode advises at most
    /// <see cref="AdvisedCommandsPerDay"/> a day per device) and which device each action went to, so that an action
    /// read back later is reported by its device. Thread-safe; keeps only the last day.
    /// </summary>
    public sealed class ControlLedger
    {
        public const int AdvisedCommandsPerDay = 6;
        public static readonly TimeSpan Window = TimeSpan.FromHours(24);

        private readonly object _gate = new object();
        private readonly Func<DateTimeOffset> _now;
        private readonly Dictionary<string, Queue<DateTimeOffset>> _sent = new Dictionary<string, Queue<DateTimeOffset>>(StringComparer.Ordinal);
        private readonly Dictionary<string, (ControlledDevice Device, DateTimeOffset At)> _actions = new Dictionary<string, (ControlledDevice, DateTimeOffset)>(StringComparer.Ordinal);

        private CommandBudget _budget;

        public ControlLedger(Func<DateTimeOffset>? now = null, CommandBudget? budget = null)
        {
            _now = now ?? (() => DateTimeOffset.UtcNow);
            _budget = budget ?? CommandBudget.Default;
        }

        /// <summary>The budget commands to one device are held to (Set-EnodeRequestOption changes it).</summary>
        public CommandBudget Budget
        {
            get { lock (_gate) return _budget; }
            set { lock (_gate) _budget = value ?? throw new ArgumentNullException(nameof(value)); }
        }

        /// <summary>
        /// Whether one more command to the device would go over the budget; <paramref name="count"/> is the number that
        /// command would make in the last 24 hours.
        /// </summary>
        public bool WouldExceed(string deviceId, out int count)
        {
            lock (_gate)
            {
                count = (_sent.TryGetValue(deviceId, out var times) ? Prune(times, _now()) : 0) + 1;
                return count > _budget.PerDevicePerDay;
            }
        }

        /// <summary>Control actions sent to the device in the last 24 hours.</summary>
        public int SentInWindow(string deviceId)
        {
            lock (_gate) return _sent.TryGetValue(deviceId, out var times) ? Prune(times, _now()) : 0;
        }

        /// <summary>Records an action sent to <paramref name="device"/>; returns the device's count in the last 24 hours, this one included.</summary>
        public int Record(ControlledDevice device, VendorAction action)
        {
            if (device == null) throw new ArgumentNullException(nameof(device));
            if (action == null) throw new ArgumentNullException(nameof(action));
            var now = _now();
            lock (_gate)
            {
                if (!_sent.TryGetValue(device.Id, out var times)) _sent[device.Id] = times = new Queue<DateTimeOffset>();
                times.Enqueue(now);
                _actions[action.Id] = (device, now);
                PruneActions(now);
                return Prune(times, now);
            }
        }

        /// <summary>The device an action went to: as recorded when this client sent it, else its target type and id.</summary>
        public ControlledDevice DeviceOf(VendorAction action)
        {
            if (action == null) throw new ArgumentNullException(nameof(action));
            lock (_gate)
                if (_actions.TryGetValue(action.Id, out var sent)) return sent.Device;
            return new ControlledDevice(action.TargetType, action.TargetId);
        }

        private static int Prune(Queue<DateTimeOffset> times, DateTimeOffset now)
        {
            while (times.Count > 0 && now - times.Peek() >= Window) times.Dequeue();
            return times.Count;
        }

        private void PruneActions(DateTimeOffset now)
        {
            if (_actions.Count < 1024) return;
            var old = new List<string>();
            foreach (var entry in _actions)
                if (now - entry.Value.At >= Window) old.Add(entry.Key);
            foreach (var id in old) _actions.Remove(id);
        }
    }
}
