using System.Runtime.CompilerServices;

namespace EnodePS.Connections
{
    /// <summary>
    /// Keeps connections per PowerShell session (runspace), so that two runspaces in one process do not share a
    /// current connection by accident. A session's connections go when its runspace is collected.
    /// </summary>
    public static class ConnectionStore
    {
        private static readonly ConditionalWeakTable<object, SessionConnections> Sessions = new ConditionalWeakTable<object, SessionConnections>();

        public static SessionConnections For(object sessionKey) => Sessions.GetValue(sessionKey, _ => new SessionConnections());
    }
}
