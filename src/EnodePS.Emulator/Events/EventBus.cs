using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using EnodePS.Emulator.Time;

namespace EnodePS.Emulator.Events
{
    /// <summary>
    /// Where handlers announce what changed. Subscribers (webhook delivery, tests) receive each event in order.
    /// Publish is called under the state's lock; subscribers must not block.
    /// </summary>
    public sealed class EventBus
    {
        private readonly object _gate = new object();
        private readonly List<Action<EmulatorEvent>> _subscribers = new List<Action<EmulatorEvent>>();
        private readonly List<EmulatorEvent> _recent = new List<EmulatorEvent>();
        private readonly IEmulatorClock _clock;

        public EventBus(IEmulatorClock clock) { _clock = clock; }

        /// <summary>How many of the latest events <see cref="Recent"/> keeps.</summary>
        public const int RecentCapacity = 1000;

        public void Publish(string name, JsonObject payload)
        {
            var e = new EmulatorEvent(name, payload, _clock.UtcNow);
            Action<EmulatorEvent>[] subscribers;
            lock (_gate)
            {
                _recent.Add(e);
                if (_recent.Count > RecentCapacity) _recent.RemoveAt(0);
                subscribers = _subscribers.ToArray();
            }
            foreach (var subscriber in subscribers) subscriber(e);
        }

        public IDisposable Subscribe(Action<EmulatorEvent> subscriber)
        {
            lock (_gate) _subscribers.Add(subscriber);
            return new Unsubscriber(this, subscriber);
        }

        public IReadOnlyList<EmulatorEvent> Recent
        {
            get { lock (_gate) return _recent.ToArray(); }
        }

        private sealed class Unsubscriber : IDisposable
        {
            private readonly EventBus _bus;
            private readonly Action<EmulatorEvent> _subscriber;

            public Unsubscriber(EventBus bus, Action<EmulatorEvent> subscriber)
            {
                _bus = bus;
                _subscriber = subscriber;
            }

            public void Dispose()
            {
                lock (_bus._gate) _bus._subscribers.Remove(_subscriber);
            }
        }
    }
}
