using System.Text.Json.Nodes;
using EnodePS.Emulator;

namespace EnodePS.Tests.Shared
{
    /// <summary>Adds a location straight into an emulator's state, for tests of features that need one.</summary>
    public static class EmulatorLocations
    {
        public static string Add(EnodeEmulator emulator, string timezoneName = "Europe/Oslo")
        {
            var state = emulator.State;
            lock (state.Gate)
            {
                var id = state.Ids.Next();
                var userId = state.Users.All[0].Id;
                state.Locations.Add(new EnodePS.Emulator.State.Record(id, userId, state.Clock.UtcNow, new JsonObject
                {
                    ["id"] = id,
                    ["userId"] = userId,
                    ["name"] = "Home",
                    ["latitude"] = 59.91,
                    ["longitude"] = 10.75,
                    ["timezoneName"] = timezoneName,
                }));
                return id;
            }
        }
    }
}
