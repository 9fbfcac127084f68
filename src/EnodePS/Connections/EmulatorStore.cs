using System.Runtime.CompilerServices;

namespace EnodePS.Connections
{
    /// <summary>Keeps the emulators started with Start-EnodeEmulator per PowerShell session (runspace), like <see cref="ConnectionStore"/>.</summary>
    public static class EmulatorStore
    {
        private static readonly ConditionalWeakTable<object, SessionEmulators> Sessions = new ConditionalWeakTable<object, SessionEmulators>();

        public static SessionEmulators For(object sessionKey) => Sessions.GetValue(sessionKey, _ => new SessionEmulators());
    }
}
