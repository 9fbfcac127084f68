using System;
using EnodePS.Client.Actions;
using EnodePS.Client.Models;

namespace EnodePS.Client.Tests
{
    public class ControlLedgerTests
    {
        private static VendorAction Action(string id, string target) => new VendorAction { Id = id, TargetId = target, TargetType = "vehicle", State = "PENDING" };

        [Fact]
        public void Counts_commands_per_device_over_a_rolling_day()
        {
            var now = new DateTimeOffset(2026, 12, 7, 8, 0, 0, TimeSpan.Zero);
            var ledger = new ControlLedger(() => now);
            var car = new ControlledDevice("vehicle", "car-1", "TESLA");

            Assert.Equal(1, ledger.Record(car, Action("a1", "car-1")));
            now = now.AddHours(10);
            Assert.Equal(2, ledger.Record(car, Action("a2", "car-1")));
            Assert.Equal(1, ledger.Record(new ControlledDevice("vehicle", "car-2"), Action("a3", "car-2")));
            Assert.Equal(2, ledger.SentInWindow("car-1"));

            now = now.AddHours(14); // the first command is now a day old
            Assert.Equal(1, ledger.SentInWindow("car-1"));
            Assert.Equal(0, ledger.SentInWindow("unknown"));
        }

        [Fact]
        public void Names_the_device_of_an_action_it_sent_with_its_vendor_and_others_by_target()
        {
            var ledger = new ControlLedger();
            ledger.Record(new ControlledDevice("charger", "c-1", "ZAPTEC"), Action("a1", "c-1"));

            Assert.Equal("charger c-1 (ZAPTEC)", ledger.DeviceOf(Action("a1", "c-1")).ToString());
            Assert.Equal("vehicle v-9", ledger.DeviceOf(Action("other", "v-9")).ToString());
        }
    
        [Fact]
        public void The_command_after_the_budget_would_exceed_it_and_the_budget_can_change()
        {
            var ledger = new ControlLedger();
            var car = new ControlledDevice("vehicle", "car-1");
            for (var i = 0; i < 6; i++)
            {
                Assert.False(ledger.WouldExceed("car-1", out var next));
                Assert.Equal(i + 1, next);
                ledger.Record(car, Action("a" + i, "car-1"));
            }

            Assert.True(ledger.WouldExceed("car-1", out var seventh));
            Assert.Equal(7, seventh);

            ledger.Budget = ledger.Budget.With(10, true);
            Assert.False(ledger.WouldExceed("car-1", out _));
            Assert.True(ledger.Budget.IsError);
            Assert.Throws<ArgumentException>(() => ledger.Budget.With(0, null));
        }
    }
}
