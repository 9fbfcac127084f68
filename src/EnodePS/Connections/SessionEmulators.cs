using System.Collections.Generic;

namespace EnodePS.Connections
{
    /// <summary>The emulators one PowerShell session started, so that Stop-EnodeEmulator can stop them all.</summary>
    public sealed class SessionEmulators
    {
        private readonly object _gate = new object();
        private readonly List<RunningEmulator> _started = new List<RunningEmulator>();

        public IReadOnlyList<RunningEmulator> All { get { lock (_gate) return _started.ToArray(); } }

        public void Add(RunningEmulator emulator)
        {
            lock (_gate) _started.Add(emulator);
        }

        public bool Remove(RunningEmulator emulator)
        {
            lock (_gate) return _started.Remove(emulator);
        }
    }
}
