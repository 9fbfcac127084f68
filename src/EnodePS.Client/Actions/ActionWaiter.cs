using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Client.Models;
using EnodePS.Client.Resources;

namespace EnodePS.Client.Actions
{
    /// <summary>
    /// Waits for many actions at once. Each action is polled on its own schedule (the interval grows by the backoff
    /// factor while it stays pending), at most <see cref="ActionWaitOptions.MaxConcurrency"/> requests are in flight
    /// whatever the number of actions, and each action is yielded as soon as it is seen CONFIRMED, FAILED or
    /// CANCELLED, so that a hundred actions take about as long as the slowest, not a hundred times one. An action that
    /// cannot be read (an unknown id) is yielded with its error. When the overall timeout passes first, the stream ends
    /// with <see cref="ActionWaitTimeoutException"/> naming the actions still pending; cancellation ends it at once.
    /// </summary>
    public sealed class ActionWaiter
    {
        private readonly ActionsResource _actions;
        private readonly ActionWaitOptions _options;

        public ActionWaiter(ActionsResource actions, ActionWaitOptions? options = null)
        {
            _actions = actions ?? throw new ArgumentNullException(nameof(actions));
            _options = options ?? new ActionWaitOptions();
            _options.Validate();
        }

        /// <summary>
        /// Yields each action once it is resolved, in the order they resolve. <paramref name="progress"/> hears the
        /// counts per state at the start and after each action, on the thread that enumerates.
        /// </summary>
        public async IAsyncEnumerable<ActionWaitResult> WaitAsync(IEnumerable<ActionReference> actions, IProgress<ActionWaitProgress>? progress = null,
            [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            var references = actions.Distinct().ToList();
            var results = new ResultQueue<ActionWaitResult>();
            var lastSeen = new ConcurrentDictionary<ActionReference, VendorAction>();
            var outstanding = new HashSet<ActionReference>(references);
            var counts = new Counts(references.Count);
            using (var timeout = new CancellationTokenSource(_options.Timeout))
            using (var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token))
            using (var requests = new SemaphoreSlim(_options.MaxConcurrency))
            {
                var trackers = references.Select(r => TrackAsync(r, requests, results, lastSeen, stop.Token)).ToList();
                try
                {
                    progress?.Report(counts.Snapshot());
                    while (outstanding.Count > 0)
                    {
                        var result = await NextAsync(results, outstanding, lastSeen, timeout, stop.Token, cancellationToken,
                            progress == null ? null : new Action(() => progress.Report(counts.Snapshot()))).ConfigureAwait(false);
                        outstanding.Remove(result.Reference);
                        counts.Add(result);
                        progress?.Report(counts.Snapshot());
                        yield return result;
                    }
                }
                finally
                {
                    stop.Cancel(); // a consumer that stops early, a timeout or Ctrl+C: no tracker polls on
                    await Task.WhenAll(trackers).ConfigureAwait(false);
                }
            }
        }

        private async Task<ActionWaitResult> NextAsync(ResultQueue<ActionWaitResult> results, HashSet<ActionReference> outstanding,
            ConcurrentDictionary<ActionReference, VendorAction> lastSeen, CancellationTokenSource timeout, CancellationToken stop, CancellationToken caller,
            Action? reportProgress)
        {
            try
            {
                var next = results.TakeAsync(stop);
                // A host draws progress at most every 200 ms or so and drops what comes between: a burst of actions that end
                // at once would leave the bar showing the first of them. Repeating the counts while waiting shows the last.
                while (reportProgress != null && !next.IsCompleted && !stop.IsCancellationRequested)
                {
                    if (await Task.WhenAny(next, Task.Delay(ProgressRepeatInterval, stop)).ConfigureAwait(false) != next)
                        reportProgress();
                }
                return await next.ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested && !caller.IsCancellationRequested)
            {
                var pending = outstanding.Select(r => (r, lastSeen.TryGetValue(r, out var seen) ? seen : r.Known)).ToList();
                throw new ActionWaitTimeoutException(_options.Timeout, pending);
            }
        }

        /// <summary>How often the counts are reported again while no action ends: above a host's progress throttle.</summary>
        internal static readonly TimeSpan ProgressRepeatInterval = TimeSpan.FromMilliseconds(400);

        /// <summary>Polls one action until it is resolved or unreadable; returns quietly when the wait is stopped.</summary>
        private async Task TrackAsync(ActionReference reference, SemaphoreSlim requests, ResultQueue<ActionWaitResult> results,
            ConcurrentDictionary<ActionReference, VendorAction> lastSeen, CancellationToken stop)
        {
            var interval = _options.PollInterval;
            try
            {
                await Task.Yield();
                if (reference.Known != null)
                {
                    if (reference.Known.IsResolved)
                    {
                        results.Add(ActionWaitResult.Resolved(reference, reference.Known));
                        return;
                    }
                    lastSeen[reference] = reference.Known;
                    await Task.Delay(interval, stop).ConfigureAwait(false); // just created or just read: it will not have changed yet
                    interval = _options.Next(interval);
                }

                while (true)
                {
                    VendorAction action;
                    await requests.WaitAsync(stop).ConfigureAwait(false);
                    try
                    {
                        action = await _actions.GetAsync(reference.TargetType, reference.Id, stop).ConfigureAwait(false);
                    }
                    finally
                    {
                        requests.Release();
                    }
                    lastSeen[reference] = action;
                    if (action.IsResolved)
                    {
                        results.Add(ActionWaitResult.Resolved(reference, action));
                        return;
                    }
                    await Task.Delay(interval, stop).ConfigureAwait(false);
                    interval = _options.Next(interval);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }
            catch (Exception ex)
            {
                results.Add(ActionWaitResult.Unreadable(reference, ex));
            }
        }

        private sealed class Counts
        {
            private readonly int _total;
            private int _confirmed, _alreadyInState, _failed, _cancelled, _errors;

            public Counts(int total) { _total = total; }

            public void Add(ActionWaitResult result)
            {
                if (result.Action != null && ActionStates.IsAlreadyInState(result.Action.State, result.Action.FailureReason?.Type))
                {
                    _alreadyInState++;
                    return;
                }
                switch (result.Action?.State)
                {
                    case ActionStates.Confirmed: _confirmed++; break;
                    case ActionStates.Failed: _failed++; break;
                    case ActionStates.Cancelled: _cancelled++; break;
                    case null: _errors++; break;
                    default: _failed++; break; // a state this client does not know, that ended the wait
                }
            }

            public ActionWaitProgress Snapshot() => new ActionWaitProgress(_total, _confirmed, _failed, _cancelled, _errors, _alreadyInState);
        }
    }
}
