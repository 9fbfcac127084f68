using System;
using System.Threading;

namespace EnodePS.Emulator.Tests.Support
{
    /// <summary>Waits for something that background work makes true, failing with a message after a generous timeout.</summary>
    public static class Eventually
    {
        public static void True(Func<bool> condition, string what, TimeSpan? timeout = null)
        {
            var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
            while (!condition())
            {
                if (DateTime.UtcNow > deadline) throw new TimeoutException("Timed out waiting until " + what + ".");
                Thread.Sleep(20);
            }
        }
    }
}
