using System;
using System.Threading;

namespace EnodePS.Client.Logging
{
    /// <summary>
    /// Routes the log of the calls made inside a scope to one sink. The scope flows with async calls, so that two
    /// callers sharing one client each get their own requests' log.
    /// </summary>
    public static class EnodeLogScope
    {
        private static readonly AsyncLocal<IEnodeLog?> CurrentLog = new AsyncLocal<IEnodeLog?>();

        public static IEnodeLog? Current => CurrentLog.Value;

        public static IDisposable Begin(IEnodeLog log)
        {
            var previous = CurrentLog.Value;
            CurrentLog.Value = log;
            return new Restore(previous);
        }

        private sealed class Restore : IDisposable
        {
            private readonly IEnodeLog? _previous;
            public Restore(IEnodeLog? previous) { _previous = previous; }
            public void Dispose() => CurrentLog.Value = _previous;
        }
    }
}
