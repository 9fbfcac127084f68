using System;
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
        }

        public object Gate { get; } = new object();
        public EmulatorOptions Options { get; }
        public IEmulatorClock Clock => Options.Clock;
        public Random Random { get; }
        public DeterministicIds Ids { get; }

        public RecordTable Users { get; } = new RecordTable();
        public RecordTable Vehicles { get; } = new RecordTable();
    }
}
