using System.Linq;
using EnodePS.Emulator;
using EnodePS.Emulator.Routing;

namespace EnodePS.Client.Tests.Support
{
    internal static class JournalExtensions
    {
        /// <summary>The last API request the emulator received (the token endpoint aside).</summary>
        public static RecordedRequest LastApiRequest(this EnodeEmulator emulator) =>
            emulator.Journal.Snapshot().Last(r => r.Operation != "POST /oauth2/token");

        /// <summary>API requests so far, the token endpoint aside.</summary>
        public static int ApiRequestCount(this EnodeEmulator emulator) =>
            emulator.Journal.Snapshot().Count(r => r.Operation != "POST /oauth2/token");
    }
}
