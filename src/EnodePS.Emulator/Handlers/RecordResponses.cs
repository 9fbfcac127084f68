using EnodePS.Emulator.Routing;
using EnodePS.Emulator.State;

namespace EnodePS.Emulator.Handlers
{
    /// <summary>Answers shared by the per-resource handlers.</summary>
    public static class RecordResponses
    {
        /// <summary>The record as JSON, or the reference's 404 "The specified {what} was not found."</summary>
        public static EmulatorResponse Get(RouteContext context, RecordTable table, string id, string what)
        {
            lock (context.State.Gate)
            {
                var record = table.Find(id);
                return record == null
                    ? Problems.NotFound($"The specified {what} was not found.")
                    : EmulatorResponse.Json(200, Paging.Copy(record));
            }
        }
    }
}
