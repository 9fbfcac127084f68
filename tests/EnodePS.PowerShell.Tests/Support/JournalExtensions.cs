using System.Collections.Generic;
using System.Linq;
using EnodePS.Emulator;
using EnodePS.Emulator.Routing;

namespace EnodePS.PowerShell.Tests.Support
{
    public static class JournalExtensions
    {
        /// <summary>The requests that could change something: everything but reads and token requests.</summary>
        public static List<RecordedRequest> Mutating(this RequestJournal journal) =>
            journal.Snapshot().Where(r => r.Method != "GET" && r.Operation != "POST /oauth2/token").ToList();

        /// <summary>API requests the emulator received, the token endpoint aside.</summary>
        public static List<RecordedRequest> Api(this RequestJournal journal) =>
            journal.Snapshot().Where(r => r.Operation != "POST /oauth2/token").ToList();
    }
}
