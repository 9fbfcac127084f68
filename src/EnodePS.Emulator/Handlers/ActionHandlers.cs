using EnodePS.Emulator.Actions;
using EnodePS.Emulator.Routing;

namespace EnodePS.Emulator.Handlers
{
    /// <summary>GET /{collection}/actions/{actionId} and POST /{collection}/actions/{actionId}/cancel for vehicles, chargers, HVACs and batteries.</summary>
    public static class ActionHandlers
    {
        public static void Register(Router router, ActionEngine engine)
        {
            foreach (var kind in DeviceKind.All)
            {
                router.Map("GET", "/" + kind.Collection + "/actions/{actionId}", c =>
                {
                    lock (c.State.Gate)
                    {
                        var action = engine.Find(kind, c.Route("actionId"));
                        return action == null ? Problems.NotFound("Action not found.") : EmulatorResponse.Json(200, Paging.Copy(action));
                    }
                });
                router.Map("POST", "/" + kind.Collection + "/actions/{actionId}/cancel", c =>
                {
                    lock (c.State.Gate)
                    {
                        var action = engine.Find(kind, c.Route("actionId"));
                        if (action == null) return Problems.NotFound("Action not found.");
                        // The reference answers an action that is already resolved with 409 and the action itself.
                        var status = engine.TryCancel(action) ? 200 : 409;
                        return EmulatorResponse.Json(status, Paging.Copy(action));
                    }
                });
            }
        }
    }
}
