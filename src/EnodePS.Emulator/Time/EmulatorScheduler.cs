using System;
using System.Collections.Generic;
using System.Threading;

namespace EnodePS.Emulator.Time
{
    /// <summary>
    /// Runs callbacks when the emulator's clock reaches their due time: actions that confirm after a delay, time-outs,
    /// webhook retries. With a <see cref="ManualEmulatorClock"/> the work runs on the thread that advances the clock,
    /// before <see cref="ManualEmulatorClock.Advance"/> returns, so tests move time instead of sleeping. With any other
    /// clock a timer wakes the scheduler when the earliest work falls due.
    /// </summary>
    /// <remarks>
    /// Callbacks run one at a time, in due order (then in the order they were scheduled). A callback may schedule more
    /// work; work that is already due runs in the same pass. Callbacks take <c>state.Gate</c> themselves when they touch
    /// state. An exception from a callback is reported through <see cref="CallbackFailed"/> and does not stop the others.
    /// </remarks>
    public sealed class EmulatorScheduler : IDisposable
    {
        /// <summary>The longest the timer sleeps, so that a system clock that jumps is noticed within this time.</summary>
        internal static readonly TimeSpan MaxTimerSleep = TimeSpan.FromSeconds(30);

        private readonly object _gate = new object();
        private readonly object _running = new object();
        private readonly SortedSet<ScheduledWork> _queue = new SortedSet<ScheduledWork>(DueOrder.Instance);
        private readonly IEmulatorClock _clock;
        private readonly ManualEmulatorClock? _manual;
        private readonly Timer? _timer;
        private long _sequence;
        private bool _disposed;

        public EmulatorScheduler(IEmulatorClock clock)
        {
            _clock = clock ?? throw new ArgumentNullException(nameof(clock));
            _manual = clock as ManualEmulatorClock;
            if (_manual != null) _manual.Advanced += OnAdvanced;
            else _timer = new Timer(_ => RunDue(), null, Timeout.Infinite, Timeout.Infinite);
        }

        public IEmulatorClock Clock => _clock;

        /// <summary>Raised (on the running thread) when a callback throws.</summary>
        public event Action<ScheduledWork, Exception>? CallbackFailed;

        /// <summary>Work that has not run and was not cancelled.</summary>
        public int PendingCount
        {
            get
            {
                lock (_gate)
                {
                    var count = 0;
                    foreach (var work in _queue) if (!work.IsCancelled) count++;
                    return count;
                }
            }
        }

        /// <summary>When the earliest pending work falls due; null when nothing waits.</summary>
        public DateTimeOffset? NextDueAt
        {
            get
            {
                lock (_gate)
                {
                    foreach (var work in _queue) if (!work.IsCancelled) return work.DueAt;
                    return null;
                }
            }
        }

        /// <summary>Runs <paramref name="callback"/> once the clock reaches <paramref name="dueAt"/>.</summary>
        public ScheduledWork At(DateTimeOffset dueAt, Action callback, string? description = null)
        {
            if (callback == null) throw new ArgumentNullException(nameof(callback));
            ScheduledWork work;
            bool earliest;
            lock (_gate)
            {
                if (_disposed) throw new ObjectDisposedException(nameof(EmulatorScheduler));
                work = new ScheduledWork(dueAt, ++_sequence, callback, description);
                _queue.Add(work);
                earliest = ReferenceEquals(_queue.Min, work);
            }
            if (earliest) ArmTimer();
            return work;
        }

        /// <summary>Runs <paramref name="callback"/> once <paramref name="delay"/> has passed on the clock.</summary>
        public ScheduledWork After(TimeSpan delay, Action callback, string? description = null)
        {
            if (delay < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(delay), delay, "The delay cannot be negative.");
            return At(_clock.UtcNow + delay, callback, description);
        }

        /// <summary>
        /// Runs every callback that is due now, including work those callbacks schedule for no later than now.
        /// Returns how many ran. Called by the clock or the timer; callable directly (e.g. after scheduling work with no delay).
        /// </summary>
        public int RunDue()
        {
            var ran = 0;
            lock (_running)
            {
                while (TryTakeDue(out var work))
                {
                    if (!work!.TryStart()) continue;
                    ran++;
                    try
                    {
                        work.Callback();
                    }
                    catch (Exception ex)
                    {
                        CallbackFailed?.Invoke(work, ex);
                    }
                }
            }
            ArmTimer();
            return ran;
        }

        private bool TryTakeDue(out ScheduledWork? work)
        {
            var now = _clock.UtcNow;
            lock (_gate)
            {
                work = null;
                if (_disposed) return false;
                while (_queue.Count > 0)
                {
                    var first = _queue.Min!;
                    if (first.IsCancelled)
                    {
                        _queue.Remove(first);
                        continue;
                    }
                    if (first.DueAt > now) return false;
                    _queue.Remove(first);
                    work = first;
                    return true;
                }
                return false;
            }
        }

        private void OnAdvanced(DateTimeOffset now) => RunDue();

        private void ArmTimer()
        {
            if (_timer == null) return;
            lock (_gate)
            {
                if (_disposed) return;
                var next = NextDueAt;
                if (next == null)
                {
                    _timer.Change(Timeout.Infinite, Timeout.Infinite);
                    return;
                }
                var wait = next.Value - _clock.UtcNow;
                if (wait < TimeSpan.Zero) wait = TimeSpan.Zero;
                if (wait > MaxTimerSleep) wait = MaxTimerSleep;
                _timer.Change((long)Math.Ceiling(wait.TotalMilliseconds), Timeout.Infinite);
            }
        }

        public void Dispose()
        {
            lock (_gate)
            {
                if (_disposed) return;
                _disposed = true;
                foreach (var work in _queue) work.Cancel();
                _queue.Clear();
            }
            if (_manual != null) _manual.Advanced -= OnAdvanced;
            _timer?.Dispose();
        }

        private sealed class DueOrder : IComparer<ScheduledWork>
        {
            public static readonly DueOrder Instance = new DueOrder();

            public int Compare(ScheduledWork? x, ScheduledWork? y)
            {
                var byTime = x!.DueAt.UtcTicks.CompareTo(y!.DueAt.UtcTicks);
                return byTime != 0 ? byTime : x.Sequence.CompareTo(y.Sequence);
            }
        }
    }
}
