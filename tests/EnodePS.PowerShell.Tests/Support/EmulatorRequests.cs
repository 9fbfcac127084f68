using System.Collections.Generic;
using System.Linq;
using EnodePS.Emulator;
using EnodePS.Emulator.Routing;

namespace EnodePS.PowerShell.Tests.Support
{
    /// <summary>What the cmdlets sent: the API requests an emulator received, the token endpoint aside.</summary>
    public static class EmulatorRequests
    {
        public static List<RecordedRequest> ApiRequests(this EnodeEmulator emulator) =>
            emulator.Journal.Snapshot().Where(r => r.Operation != "POST /oauth2/token").ToList();

        public static RecordedRequest LastApiRequest(this EnodeEmulator emulator) => emulator.ApiRequests().Last();
    }
}
