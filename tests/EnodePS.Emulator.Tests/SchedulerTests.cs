using System;
using System.Collections.Generic;
using System.Threading;
using EnodePS.Emulator.Time;

namespace EnodePS.Emulator.Tests
{
    public class SchedulerTests
    {
        private static readonly DateTimeOffset Start = new DateTimeOffset(2024, 10, 1, 12, 0, 0, TimeSpan.Zero);

        [Fact]
        public void Work_runs_when_the_manual_clock_reaches_it_in_due_order()
        {
            var clock = new ManualEmulatorClock(Start);
            using var scheduler = new EmulatorScheduler(clock);
            var ran = new List<string>();
            scheduler.After(TimeSpan.FromSeconds(20), () => ran.Add("b"));
            scheduler.After(TimeSpan.FromSeconds(10), () => ran.Add("a"));
            scheduler.After(TimeSpan.FromSeconds(20), () => ran.Add("c")); // same time: scheduling order
            scheduler.After(TimeSpan.FromMinutes(5), () => ran.Add("later"));

            clock.Advance(TimeSpan.FromSeconds(9));
            Assert.Empty(ran);
            Assert.Equal(Start.AddSeconds(10), scheduler.NextDueAt);

            clock.Advance(TimeSpan.FromSeconds(11));
            Assert.Equal(new[] { "a", "b", "c" }, ran);
            Assert.Equal(1, scheduler.PendingCount);
        }

        [Fact]
        public void Work_scheduled_by_work_runs_in_the_same_advance_when_it_is_already_due()
        {
            var clock = new ManualEmulatorClock(Start);
            using var scheduler = new EmulatorScheduler(clock);
            var ran = new List<DateTimeOffset>();
            scheduler.After(TimeSpan.FromSeconds(5), () =>
            {
                ran.Add(clock.UtcNow);
                scheduler.At(Start.AddSeconds(8), () => ran.Add(clock.UtcNow)); // a retry 3 s after the first attempt
                scheduler.At(Start.AddSeconds(60), () => ran.Add(clock.UtcNow));
            });

            clock.Advance(TimeSpan.FromSeconds(30));

            Assert.Equal(2, ran.Count);
            Assert.Equal(1, scheduler.PendingCount);
        }

        [Fact]
        public void Cancelled_work_never_runs_and_a_failing_callback_does_not_stop_the_others()
        {
            var clock = new ManualEmulatorClock(Start);
            using var scheduler = new EmulatorScheduler(clock);
            var ran = new List<string>();
            var failures = new List<string>();
            scheduler.CallbackFailed += (work, ex) => failures.Add(work.Description + ": " + ex.Message);
            var cancelled = scheduler.After(TimeSpan.FromSeconds(1), () => ran.Add("cancelled"));
            scheduler.After(TimeSpan.FromSeconds(2), () => throw new InvalidOperationException("boom"), "time-out");
            var kept = scheduler.After(TimeSpan.FromSeconds(3), () => ran.Add("kept"));

            Assert.True(cancelled.Cancel());
            clock.Advance(TimeSpan.FromSeconds(3));

            Assert.Equal(new[] { "kept" }, ran);
            Assert.Equal(new[] { "time-out: boom" }, failures);
            Assert.True(kept.HasRun);
            Assert.False(kept.Cancel());
            Assert.False(cancelled.HasRun);
        }

        [Fact]
        public void Work_due_now_runs_at_the_next_advance_or_run_due()
        {
            var clock = new ManualEmulatorClock(Start);
            using var scheduler = new EmulatorScheduler(clock);
            var ran = 0;
            scheduler.After(TimeSpan.Zero, () => ran++);
            Assert.Equal(0, ran);

            Assert.Equal(1, scheduler.RunDue());
            Assert.Equal(1, ran);
            Assert.Throws<ArgumentOutOfRangeException>(() => scheduler.After(TimeSpan.FromSeconds(-1), () => { }));
        }

        [Fact]
        public void With_the_system_clock_a_timer_runs_the_work()
        {
            using var scheduler = new EmulatorScheduler(SystemEmulatorClock.Instance);
            using var done = new ManualResetEventSlim();
            var later = scheduler.After(TimeSpan.FromHours(1), () => { });
            scheduler.After(TimeSpan.FromMilliseconds(50), done.Set);

            Assert.True(done.Wait(TimeSpan.FromSeconds(10)), "the timer never ran the work");
            Assert.False(later.HasRun);
            Assert.Equal(1, scheduler.PendingCount);
        }

        [Fact]
        public void Disposing_drops_pending_work_and_refuses_more()
        {
            var clock = new ManualEmulatorClock(Start);
            var scheduler = new EmulatorScheduler(clock);
            var ran = 0;
            scheduler.After(TimeSpan.FromSeconds(1), () => ran++);

            scheduler.Dispose();
            clock.Advance(TimeSpan.FromSeconds(5));

            Assert.Equal(0, ran);
            Assert.Throws<ObjectDisposedException>(() => scheduler.After(TimeSpan.FromSeconds(1), () => ran++));
        }

        [Fact]
        public void The_emulator_state_has_a_scheduler_on_the_emulator_clock()
        {
            var clock = new ManualEmulatorClock(Start);
            using var emulator = new EnodeEmulator(new EmulatorOptions { Clock = clock });
            var confirmedAt = (DateTimeOffset?)null;
            emulator.State.Scheduler.After(TimeSpan.FromSeconds(15), () => confirmedAt = emulator.State.Clock.UtcNow);

            clock.Advance(TimeSpan.FromSeconds(15));

            Assert.Equal(Start.AddSeconds(15), confirmedAt);
        }
    }
}
