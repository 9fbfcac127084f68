using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Emulator.Events;
using EnodePS.Emulator.State;

namespace EnodePS.Emulator.Webhooks
{
    /// <summary>
    /// Delivers the state's events to the registered webhooks with real, signed HTTP POSTs. Publishing only queues
    /// (the state's lock is held then); one background task per webhook sends its queue in order, in batches, retrying
    /// a failed batch after each of <see cref="EmulatorOptions.WebhookRetryDelays"/>. When the last retry fails the
    /// webhook becomes inactive and its queue is dropped, until a successful test delivery reactivates it.
    /// </summary>
    public sealed class WebhookDispatcher : IDisposable
    {
        public const int MaxBatchSize = 50;
        public const string Heartbeat = "system:heartbeat";
        public const string DefaultApiVersion = "2024-10-01";
        private const int AttemptHistory = 500;

        private readonly EmulatorState _state;
        private readonly WebhookSender _sender;
        private readonly IDisposable _subscription;
        private readonly CancellationTokenSource _stopping = new CancellationTokenSource();
        private readonly object _gate = new object();
        private readonly Dictionary<string, Queue<string>> _pending = new Dictionary<string, Queue<string>>(StringComparer.Ordinal);
        private readonly HashSet<string> _draining = new HashSet<string>(StringComparer.Ordinal);
        private readonly List<WebhookDeliveryAttempt> _attempts = new List<WebhookDeliveryAttempt>();
        private Time.ScheduledWork? _heartbeat;

        public WebhookDispatcher(EmulatorState state)
        {
            _state = state;
            _sender = new WebhookSender(state.Options.WebhookTimeout);
            _subscription = state.Events.Subscribe(OnEvent);
        }

        /// <summary>Secrets and authentication headers by webhook id. Read and write under the state's lock.</summary>
        internal Dictionary<string, WebhookCredentials> Credentials { get; } = new Dictionary<string, WebhookCredentials>(StringComparer.Ordinal);

        /// <summary>The latest POSTs made to receivers, oldest first.</summary>
        public IReadOnlyList<WebhookDeliveryAttempt> Attempts
        {
            get { lock (_gate) return _attempts.ToArray(); }
        }

        /// <summary>True while any webhook still has events queued or a delivery in flight.</summary>
        public bool IsBusy
        {
            get { lock (_gate) return _draining.Count > 0; }
        }

        private void OnEvent(EmulatorEvent e)
        {
            lock (_state.Gate)
            {
                foreach (var webhook in _state.Webhooks.All)
                {
                    if (!IsActive(webhook.Body) || !Subscribes(webhook.Body, e.Name)) continue;
                    Enqueue(webhook.Id, Document(e.Name, e.CreatedAt, VersionOf(webhook.Body), e.Payload).ToJsonString());
                }
            }
        }

        /// <summary>One event as delivered: its name, time and payload version, then the payload's own fields.</summary>
        public static JsonObject Document(string name, DateTimeOffset createdAt, string version, JsonObject? payload)
        {
            var document = new JsonObject
            {
                ["event"] = name,
                ["createdAt"] = VehicleFactory.Iso(createdAt),
                ["version"] = version,
            };
            if (payload != null)
                foreach (var field in payload)
                    document[field.Key] = field.Value == null ? null : JsonNode.Parse(field.Value.ToJsonString());
            return document;
        }

        private void Enqueue(string webhookId, string eventJson)
        {
            lock (_gate)
            {
                if (_stopping.IsCancellationRequested) return;
                if (!_pending.TryGetValue(webhookId, out var queue)) _pending[webhookId] = queue = new Queue<string>();
                queue.Enqueue(eventJson);
                if (_draining.Add(webhookId)) Task.Run(() => DrainAsync(webhookId));
            }
        }

        private async Task DrainAsync(string webhookId)
        {
            try
            {
                while (true)
                {
                    var batch = new List<string>();
                    lock (_gate)
                    {
                        var queue = _pending[webhookId];
                        while (queue.Count > 0 && batch.Count < MaxBatchSize) batch.Add(queue.Dequeue());
                        if (batch.Count == 0)
                        {
                            _pending.Remove(webhookId);
                            _draining.Remove(webhookId);
                            return;
                        }
                    }
                    var body = Encoding.UTF8.GetBytes("[" + string.Join(",", batch) + "]");
                    if (await DeliverWithRetriesAsync(webhookId, body, batch.Count).ConfigureAwait(false)) continue;

                    Deactivate(webhookId);
                    lock (_gate) _pending[webhookId].Clear();
                }
            }
            catch (Exception)
            {
                // Stopping (or a receiver we cannot talk to at all): drop what is queued so that a later event starts afresh.
                lock (_gate)
                {
                    _pending.Remove(webhookId);
                    _draining.Remove(webhookId);
                }
            }
        }

        /// <summary>False when every attempt failed; true when delivered, or when the webhook was deleted meanwhile.</summary>
        private async Task<bool> DeliverWithRetriesAsync(string webhookId, byte[] body, int eventCount)
        {
            var delays = _state.Options.WebhookRetryDelays ?? new TimeSpan[0];
            var deliveryId = Guid.NewGuid().ToString("D");
            for (var attempt = 0; ; attempt++)
            {
                if (!TryGetTarget(webhookId, out var url, out var credentials)) return true;
                var outcome = await _sender.SendAsync(url, body, deliveryId, credentials, _stopping.Token).ConfigureAwait(false);
                Record(new WebhookDeliveryAttempt(webhookId, deliveryId, eventCount, _state.Clock.UtcNow, outcome));
                if (outcome.Succeeded)
                {
                    MarkSucceeded(webhookId);
                    return true;
                }
                if (attempt >= delays.Length) return false;
                await Task.Delay(delays[attempt], _stopping.Token).ConfigureAwait(false);
            }
        }

        /// <summary>
        /// POST /webhooks/{id}/test: sends enode:webhook:test at once (no retry) and describes the receiver's answer.
        /// Null when the webhook does not exist. A success reactivates an inactive webhook.
        /// </summary>
        public JsonObject? SendTest(string webhookId, CancellationToken cancellationToken)
        {
            string version;
            lock (_state.Gate)
            {
                var webhook = _state.Webhooks.Find(webhookId);
                if (webhook == null) return null;
                version = VersionOf(webhook.Body);
            }
            if (!TryGetTarget(webhookId, out var url, out var credentials)) return null;

            var body = Encoding.UTF8.GetBytes("[" + Document(WebhookEventNames.Test, _state.Clock.UtcNow, version, null).ToJsonString() + "]");
            var deliveryId = Guid.NewGuid().ToString("D");
            using (var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _stopping.Token))
            {
                var outcome = Task.Run(() => _sender.SendAsync(url, body, deliveryId, credentials, linked.Token)).GetAwaiter().GetResult();
                Record(new WebhookDeliveryAttempt(webhookId, deliveryId, 1, _state.Clock.UtcNow, outcome));
                if (outcome.Succeeded) MarkSucceeded(webhookId);
                return new JsonObject
                {
                    ["status"] = outcome.Succeeded ? "SUCCESS" : "FAILURE",
                    ["description"] = (outcome.Succeeded ? "The test event was delivered: " : "The test event was not delivered: ") + outcome.Describe() + ".",
                    ["response"] = outcome.Succeeded
                        ? new JsonObject
                        {
                            ["code"] = outcome.StatusCode,
                            ["body"] = outcome.Body,
                            ["headers"] = new JsonArray(outcome.Headers.Select(h => (JsonNode?)JsonValue.Create(h)).ToArray()),
                        }
                        : null,
                };
            }
        }

        /// <summary>Starts the system:heartbeat timer on the emulator's clock, once (at the first registered webhook).</summary>
        internal void StartHeartbeat()
        {
            var interval = _state.Options.WebhookHeartbeatInterval;
            lock (_gate)
            {
                if (_heartbeat != null || interval <= TimeSpan.Zero || _stopping.IsCancellationRequested) return;
                _heartbeat = _state.Scheduler.After(interval, Beat, Heartbeat);
            }
        }

        /// <summary>Publishes system:heartbeat with the number of events waiting, then waits for the next one.</summary>
        private void Beat()
        {
            int pending;
            lock (_gate) pending = _pending.Values.Sum(q => q.Count);
            lock (_state.Gate) _state.Events.Publish(Heartbeat, new JsonObject { ["pendingEvents"] = pending });
            lock (_gate)
            {
                if (_stopping.IsCancellationRequested) return;
                _heartbeat = _state.Scheduler.After(_state.Options.WebhookHeartbeatInterval, Beat, Heartbeat);
            }
        }

        private bool TryGetTarget(string webhookId, out string url, out WebhookCredentials credentials)
        {
            lock (_state.Gate)
            {
                var webhook = _state.Webhooks.Find(webhookId);
                url = (string?)webhook?.Body["url"] ?? "";
                credentials = Credentials.TryGetValue(webhookId, out var found) ? found : null!;
                return webhook != null && credentials != null;
            }
        }

        private void MarkSucceeded(string webhookId)
        {
            lock (_state.Gate)
            {
                var webhook = _state.Webhooks.Find(webhookId);
                if (webhook == null) return;
                webhook.Body["lastSuccess"] = VehicleFactory.Iso(_state.Clock.UtcNow);
                webhook.Body["isActive"] = true;
            }
        }

        private void Deactivate(string webhookId)
        {
            lock (_state.Gate)
            {
                var webhook = _state.Webhooks.Find(webhookId);
                if (webhook != null) webhook.Body["isActive"] = false;
            }
        }

        private void Record(WebhookDeliveryAttempt attempt)
        {
            lock (_gate)
            {
                _attempts.Add(attempt);
                if (_attempts.Count > AttemptHistory) _attempts.RemoveAt(0);
            }
        }

        private static bool IsActive(JsonObject webhook) => webhook["isActive"] is JsonValue v && v.TryGetValue<bool>(out var active) && active;

        private static bool Subscribes(JsonObject webhook, string eventName)
        {
            if (eventName == Heartbeat) return true; // not subscribable: every webhook gets it
            if (!(webhook["events"] is JsonArray events)) return false;
            foreach (var e in events)
            {
                var name = (string?)e;
                if (name == WebhookEventNames.All || name == eventName) return true;
            }
            return false;
        }

        private static string VersionOf(JsonObject webhook) => (string?)webhook["apiVersion"] ?? DefaultApiVersion;

        public void Dispose()
        {
            lock (_gate)
            {
                _stopping.Cancel();
                _heartbeat?.Cancel();
            }
            _subscription.Dispose();
            _sender.Dispose();
        }
    }
}
