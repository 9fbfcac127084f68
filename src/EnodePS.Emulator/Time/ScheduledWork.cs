using System;
using System.Threading;

namespace EnodePS.Emulator.Time
{
    /// <summary>One callback waiting in an <see cref="EmulatorScheduler"/>; cancel it to drop it before it runs.</summary>
    public sealed class ScheduledWork
    {
        private int _state; // 0 waiting, 1 ran, 2 cancelled

        internal ScheduledWork(DateTimeOffset dueAt, long sequence, Action callback, string? description)
        {
            DueAt = dueAt;
            Sequence = sequence;
            Callback = callback;
            Description = description;
        }

        public DateTimeOffset DueAt { get; }

        /// <summary>What the work is for, in diagnostics ("action 1234 times out").</summary>
        public string? Description { get; }

        internal long Sequence { get; }
        internal Action Callback { get; }

        public bool HasRun => Volatile.Read(ref _state) == 1;
        public bool IsCancelled => Volatile.Read(ref _state) == 2;

        /// <summary>Drops the work if it has not started yet; true when it will not run.</summary>
        public bool Cancel() => Interlocked.CompareExchange(ref _state, 2, 0) == 0 || IsCancelled;

        /// <summary>Claims the work for running; false when it was cancelled (or already ran).</summary>
        internal bool TryStart() => Interlocked.CompareExchange(ref _state, 1, 0) == 0;

        public override string ToString() => $"{Description ?? "work"} due {DueAt:O}";
    }
}
