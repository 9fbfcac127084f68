using System;
using EnodePS.Emulator;
using EnodePS.Emulator.Time;
using EnodePS.PowerShell.Tests.Support;

namespace EnodePS.PowerShell.Tests.Statistics
{
    internal static class StatisticsSessions
    {
        /// <summary>A session on 10 November 2024, with the charging history the emulator made up to then.</summary>
        public static PowerShellSession November() => new PowerShellSession(new EmulatorOptions
        {
            VehicleCount = 4, UserCount = 2, Clock = new ManualEmulatorClock(new DateTimeOffset(2024, 11, 10, 12, 0, 0, TimeSpan.Zero)),
        });
    }
}
