using System.Text.Json.Nodes;
using EnodePS.Emulator.Routing;
using EnodePS.Emulator.State;
using EnodePS.Emulator.Webhooks;

namespace EnodePS.Emulator.Handlers
{
    /// <summary>The Webhooks section: register, list, get, update, delete and test webhooks. Secrets are kept, never shown.</summary>
    public static class WebhookHandlers
    {
        public const string NotFoundDetail = "Webhook not found or already deleted.";
        public const string DuplicateDetail = "Webhook already exists.";

        public static void Register(Router router, WebhookDispatcher dispatcher)
        {
            router.Map("GET", "/webhooks", c => Paging.List(c, c.State.Webhooks, _ => true, Paging.Copy));
            router.Map("POST", "/webhooks", c => Create(c, dispatcher));
            router.Map("GET", "/webhooks/{webhookId}", c => Get(c));
            router.Map("PATCH", "/webhooks/{webhookId}", c => Update(c, dispatcher));
            router.Map("DELETE", "/webhooks/{webhookId}", c => Delete(c, dispatcher));
            router.Map("POST", "/webhooks/{webhookId}/test", c => Test(c, dispatcher));
        }

        private static EmulatorResponse Create(RouteContext context, WebhookDispatcher dispatcher)
        {
            if (!context.TryReadJsonObject(out var body, out var problem)) return problem!;
            var issues = new BodyIssues();
            var input = WebhookInput.Read(body, creating: true, issues);
            if (issues.Any) return issues.ToProblem("The webhook is not valid.");

            var state = context.State;
            lock (state.Gate)
            {
                if (FindByUrl(state, input.Url!, exceptId: null) != null) return Problems.BadRequest(DuplicateDetail);
                var id = state.Ids.Next();
                var now = state.Clock.UtcNow;
                var document = new JsonObject
                {
                    ["id"] = id,
                    ["url"] = input.Url,
                    ["events"] = Names(input.Events ?? new System.Collections.Generic.List<string> { WebhookEventNames.All }),
                    ["isActive"] = true,
                    ["createdAt"] = VehicleFactory.Iso(now),
                    ["apiVersion"] = input.ApiVersion,
                    ["authentication"] = input.HeaderName == null ? null : new JsonObject { ["headerName"] = input.HeaderName },
                };
                var record = new Record(id, null, now, document);
                state.Webhooks.Add(record);
                dispatcher.Credentials[id] = new WebhookCredentials(input.Secret!, input.HeaderName, input.HeaderValue);
                dispatcher.StartHeartbeat();
                return EmulatorResponse.Json(200, Paging.Copy(record));
            }
        }

        private static EmulatorResponse Get(RouteContext context)
        {
            lock (context.State.Gate)
            {
                var record = context.State.Webhooks.Find(context.Route("webhookId"));
                return record == null ? Problems.NotFound(NotFoundDetail) : EmulatorResponse.Json(200, Paging.Copy(record));
            }
        }

        private static EmulatorResponse Update(RouteContext context, WebhookDispatcher dispatcher)
        {
            if (!context.TryReadJsonObject(out var body, out var problem)) return problem!;
            var issues = new BodyIssues();
            var input = WebhookInput.Read(body, creating: false, issues);
            if (issues.Any) return issues.ToProblem("The webhook update is not valid.");

            var state = context.State;
            var id = context.Route("webhookId");
            lock (state.Gate)
            {
                var record = state.Webhooks.Find(id);
                if (record == null) return Problems.NotFound(NotFoundDetail);
                if (input.Url != null && FindByUrl(state, input.Url, exceptId: id) != null) return Problems.BadRequest(DuplicateDetail);

                var document = record.Body;
                if (input.Url != null) document["url"] = input.Url;
                if (input.Events != null) document["events"] = Names(input.Events);
                if (input.HasApiVersion) document["apiVersion"] = input.ApiVersion;

                var credentials = dispatcher.Credentials[id];
                if (input.Secret != null) credentials = credentials.With(secret: input.Secret);
                if (input.HasAuthentication)
                {
                    document["authentication"] = input.HeaderName == null ? null : new JsonObject { ["headerName"] = input.HeaderName };
                    credentials = credentials.WithHeader(input.HeaderName, input.HeaderValue);
                }
                dispatcher.Credentials[id] = credentials;
                return EmulatorResponse.Json(200, Paging.Copy(record));
            }
        }

        private static EmulatorResponse Delete(RouteContext context, WebhookDispatcher dispatcher)
        {
            var id = context.Route("webhookId");
            lock (context.State.Gate)
            {
                if (!context.State.Webhooks.Remove(id)) return Problems.NotFound(NotFoundDetail);
                dispatcher.Credentials.Remove(id);
                return EmulatorResponse.NoContent();
            }
        }

        private static EmulatorResponse Test(RouteContext context, WebhookDispatcher dispatcher)
        {
            // Sent outside the state's lock: the receiver may take its time.
            var answer = dispatcher.SendTest(context.Route("webhookId"), context.Cancellation);
            return answer == null ? Problems.NotFound(NotFoundDetail) : EmulatorResponse.Json(200, answer);
        }

        private static Record? FindByUrl(EmulatorState state, string url, string? exceptId)
        {
            foreach (var record in state.Webhooks.All)
                if (record.Id != exceptId && (string?)record.Body["url"] == url) return record;
            return null;
        }

        private static JsonArray Names(System.Collections.Generic.IEnumerable<string> names)
        {
            var array = new JsonArray();
            foreach (var name in names) array.Add(name);
            return array;
        }
    }
}
