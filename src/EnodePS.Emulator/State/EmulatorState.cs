using System;
using EnodePS.Emulator.Events;
using EnodePS.Emulator.Time;

namespace EnodePS.Emulator.State
{
    /// <summary>
    /// Everything the emulator knows. Handlers read and write it under <see cref="Gate"/>, so that a request sees
    /// one consistent state whichever thread serves it.
    /// </summary>
    public sealed class EmulatorState
    {
        public EmulatorState(EmulatorOptions options)
        {
            Options = options;
            Random = new Random(options.Seed);
            Ids = new DeterministicIds(Random);
            Events = new EventBus(options.Clock);
            Scheduler = new EmulatorScheduler(options.Clock);
        }

        public object Gate { get; } = new object();
        public EmulatorOptions Options { get; }
        public IEmulatorClock Clock => Options.Clock;
        public Random Random { get; }
        public DeterministicIds Ids { get; }

        /// <summary>Handlers publish webhook events here (under <see cref="Gate"/>).</summary>
        public EventBus Events { get; }

        /// <summary>Runs time-driven work (delayed confirmations, time-outs, retries) when the clock reaches it.</summary>
        public EmulatorScheduler Scheduler { get; }

        public RecordTable Users { get; } = new RecordTable();

        // Devices
        public RecordTable Vehicles { get; } = new RecordTable();
        public RecordTable Chargers { get; } = new RecordTable();
        public RecordTable Hvacs { get; } = new RecordTable();
        public RecordTable Inverters { get; } = new RecordTable();
        public RecordTable Batteries { get; } = new RecordTable();
        public RecordTable Meters { get; } = new RecordTable();
        public RecordTable HemSystems { get; } = new RecordTable();

        /// <summary>Control actions of every device kind (vehicles, chargers, HVACs, batteries).</summary>
        public RecordTable Actions { get; } = new RecordTable();
        public RecordTable Interventions { get; } = new RecordTable();

        /// <summary>Service readiness and vendor statuses, as the health endpoints report them.</summary>
        public ServiceHealth Health { get; } = new ServiceHealth();

        // User resources
        public RecordTable Locations { get; } = new RecordTable();
        public RecordTable Schedules { get; } = new RecordTable();
        public RecordTable LinkSessions { get; } = new RecordTable();
        public RecordTable SmartOverrides { get; } = new RecordTable();
        public RecordTable SmartChargingPlans { get; } = new RecordTable();

        /// <summary>The last computed status of each vehicle's smart charging and of each schedule, keyed by their ids,
        /// so that a status remembers when its state last changed.</summary>
        public RecordTable SmartChargingStatuses { get; } = new RecordTable();
        public RecordTable ScheduleStatuses { get; } = new RecordTable();

        // Client resources
        public RecordTable Tariffs { get; } = new RecordTable();
        public RecordTable LocationTariffs { get; } = new RecordTable();
        public RecordTable Webhooks { get; } = new RecordTable();
    }
}
