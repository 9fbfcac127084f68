using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Emulator.Actions;
using EnodePS.Emulator.Auth;
using EnodePS.Emulator.Faults;
using EnodePS.Emulator.Handlers;
using EnodePS.Emulator.Http;
using EnodePS.Emulator.Routing;
using EnodePS.Emulator.State;
using EnodePS.Emulator.Webhooks;

namespace EnodePS.Emulator
{
    /// <summary>
    /// An Enode API in memory. One core answers every request; <see cref="CreateHandler"/> serves it in-process and
    /// <see cref="StartLoopback"/> serves it over HTTP on 127.0.0.1.
    /// </summary>
    public sealed class EnodeEmulator : IDisposable
    {
        /// <summary>Base address used for the in-process front door; never resolved on a network.</summary>
        public static readonly Uri InProcessBaseUrl = new Uri("http://emulator.enode.invalid/");

        /// <summary>Routes that only the emulator has, to drive it from outside (complete a link, inject faults...).</summary>
        public const string EmulatorRoutePrefix = "/_emulator";

        private readonly Router _router = new Router();
        private readonly ConcurrentDictionary<string, int> _served = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        private readonly List<LoopbackServer> _servers = new List<LoopbackServer>();

        public EnodeEmulator(EmulatorOptions? options = null)
        {
            Options = options ?? EmulatorOptions.Demo();
            State = new EmulatorState(Options);
            Tokens = new TokenIssuer(Options);
            Faults = new FaultInjector(Options.Clock);
            DataSeeder.Seed(State);
            ActionEngine = new ActionEngine(State);

            TokenHandlers.Register(_router, Tokens);
            EmulatorControlHandlers.Register(_router, this);
            VehicleHandlers.Register(_router);
            ChargerHandlers.Register(_router);
            HvacHandlers.Register(_router);
            InverterHandlers.Register(_router);
            BatteryHandlers.Register(_router);
            MeterHandlers.Register(_router);
            HemSystemHandlers.Register(_router);
            InterventionHandlers.Register(_router);
            IntegrationHandlers.Register(_router);
            HealthHandlers.Register(_router);

            WebhookDelivery = new WebhookDispatcher(State);
            WebhookHandlers.Register(_router, WebhookDelivery);
            TariffHandlers.Register(_router);
            UserHandlers.Register(_router);
            LinkHandlers.Register(_router);
            LocationHandlers.Register(_router);
            ScheduleHandlers.Register(_router);
            SmartChargingHandlers.Register(_router, ActionEngine);
            StatisticsHandlers.Register(_router);
            VehicleControlHandlers.Register(_router, ActionEngine);
            ChargerControlHandlers.Register(_router, ActionEngine);
            HvacControlHandlers.Register(_router, ActionEngine);
            BatteryControlHandlers.Register(_router, ActionEngine);
            ActionHandlers.Register(_router, ActionEngine);
        }

        public EmulatorOptions Options { get; }
        public EmulatorState State { get; }
        public TokenIssuer Tokens { get; }
        public FaultInjector Faults { get; }

        /// <summary>Sends the state's events to registered webhooks over HTTP; its Attempts show what was sent.</summary>
        public WebhookDispatcher WebhookDelivery { get; }
        /// <summary>Runs the control actions of vehicles, chargers, HVACs and batteries (delays, time-outs, webhook events).</summary>
        public ActionEngine ActionEngine { get; }

        public string ClientId => Options.ClientId;

        /// <summary>The client secret the token endpoint accepts, as a read-only SecureString (see <see cref="EmulatorOptions.ClientSecret"/>).</summary>
        public System.Security.SecureString ClientSecret => Options.ClientSecret;

        /// <summary>The client secret as text, for .NET callers that need it so (tests, the console host).</summary>
        public string RevealClientSecret() => Options.RevealClientSecret();

        /// <summary>Every "METHOD /template" this emulator implements.</summary>
        public IEnumerable<string> Operations => _router.Operations;

        /// <summary>How many requests each operation has served, for coverage reports.</summary>
        public IReadOnlyDictionary<string, int> ServedOperations => _served;

        /// <summary>Total requests that reached the core, answered or failed.</summary>
        public int RequestCount => Volatile.Read(ref _requestCount);
        private int _requestCount;

        /// <summary>An in-process front door: give it to an HttpClient as its primary handler.</summary>
        public HttpMessageHandler CreateHandler() => new InProcessHandler(this);

        /// <summary>Starts serving on http://127.0.0.1:{port}/ (0 picks a free port).</summary>
        public LoopbackServer StartLoopback(int port = 0)
        {
            var server = LoopbackServer.Start(this, port);
            lock (_servers) _servers.Add(server);
            return server;
        }

        /// <summary>
        /// Completes a link or relink session as if the user had logged in at the vendor in Link UI: the user gets
        /// <paramref name="deviceCount"/> new devices of the session's type (or keeps the ones they had), the vendor
        /// is recorded on the user, and "user:&lt;type&gt;:discovered" events are published. Throws
        /// <see cref="EmulatorLinkException"/> for an unknown, used or expired token.
        /// </summary>
        public IReadOnlyList<EmulatorLinkedDevice> CompleteLink(string linkToken, int deviceCount = 1) =>
            LinkCompleter.Complete(State, linkToken, deviceCount);

        /// <summary>Links a vendor type for a user (created if new) without a link session, granting every scope of the type.</summary>
        public IReadOnlyList<EmulatorLinkedDevice> CompleteLink(string userId, string vendorType, string? vendor, int deviceCount = 1) =>
            LinkCompleter.Complete(State, userId, vendorType, vendor, deviceCount);

        /// <summary>Makes a user's credentials for a vendor invalid (linkedVendors[].isValid = false), so that their assets need relinking.</summary>
        public void InvalidateCredentials(string userId, string vendor) => LinkCompleter.InvalidateCredentials(State, userId, vendor);

        /// <summary>The most recent requests (up to 2,000), for tests that check what a client sent.</summary>
        public RequestJournal Journal { get; } = new RequestJournal(2000);

        public async Task<EmulatorResponse> HandleAsync(EmulatorRequest request, CancellationToken cancellationToken)
        {
            var (response, operation) = await AnswerAsync(request, cancellationToken).ConfigureAwait(false);
            if (!IsControlPath(request.Path) && !response.DropConnection)
                response.Headers["Enode-Version"] = ApiVersionOf(request);
            Journal.Add(new RecordedRequest(request, operation, response.Status));
            return response;
        }

        private async Task<(EmulatorResponse, string?)> AnswerAsync(EmulatorRequest request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _requestCount);
            var routed = _router.TryResolve(request, out var route, out var values, out var pathKnown);
            var control = IsControlPath(request.Path); // the emulator's own routes are never slowed or failed
            var latency = control ? TimeSpan.Zero : Faults.LatencyFor(route?.Operation);
            if (latency > TimeSpan.Zero) await Task.Delay(latency, cancellationToken).ConfigureAwait(false);

            if (!routed)
                return (pathKnown
                    ? Problems.Create(405, "method-not-allowed", "Method Not Allowed", $"{request.Method} is not allowed on {request.Path}.")
                    : Problems.NotFound($"No route for {request.Method} {request.Path}."), null);

            var operation = route!.Operation;
            var fault = control ? null : Faults.Take(operation);
            if (fault != null && !fault.ServesRequest) return (FaultResponse(fault), operation);

            var response = Authorize(request, operation) ?? Invoke(route, request, values!, cancellationToken);
            _served.AddOrUpdate(operation, 1, (_, n) => n + 1);
            if (fault?.Kind == FaultKind.TruncateBody) response.TruncateBody = true;
            if (fault?.Kind == FaultKind.MalformedBody) response = MalformedResponse();
            return (response, operation);
        }

        /// <summary>
        /// The version an API answer carries in its Enode-Version header: the one the request asked for (a client may
        /// override its pinned version per request), else the version the emulator's client is pinned to.
        /// </summary>
        private static string ApiVersionOf(EmulatorRequest request)
        {
            var asked = request.Header("Enode-Version");
            return string.IsNullOrWhiteSpace(asked) || asked!.IndexOfAny(new[] { '\r', '\n' }) >= 0
                ? EmulatorControlHandlers.ApiVersion
                : asked.Trim();
        }

        /// <summary>True for the emulator's own routes under <see cref="EmulatorRoutePrefix"/>.</summary>
        public static bool IsControlPath(string path) =>
            path == EmulatorRoutePrefix || path.StartsWith(EmulatorRoutePrefix + "/", StringComparison.Ordinal);

        private EmulatorResponse? Authorize(EmulatorRequest request, string operation)
        {
            if (operation == "POST " + TokenHandlers.TokenPath || IsControlPath(request.Path))
                return null;
            var header = request.Header("Authorization");
            if (header == null || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
                return Problems.Unauthorized("Missing bearer token.");
            return Tokens.IsValid(header.Substring(7).Trim()) ? null : Problems.Unauthorized("The access token is invalid or has expired.");
        }

        private EmulatorResponse Invoke(Router.Route route, EmulatorRequest request, Dictionary<string, string> values, CancellationToken ct)
        {
            try
            {
                return route.Handler(new RouteContext(request, values, State, ct));
            }
            catch (Exception ex) when (!(ex is OperationCanceledException))
            {
                return Problems.ServerError("The emulator failed: " + ex.GetType().Name + ": " + ex.Message);
            }
        }

        private static EmulatorResponse FaultResponse(InjectedFault fault)
        {
            switch (fault.Kind)
            {
                case FaultKind.TooManyRequests: return Problems.TooManyRequests(fault.RetryAfterSeconds ?? 1);
                case FaultKind.ServiceUnavailable: return Problems.ServiceUnavailable(fault.RetryAfterSeconds);
                case FaultKind.ServerError: return Problems.ServerError("Injected failure.");
                default: return new EmulatorResponse(0, new byte[0], null) { DropConnection = true };
            }
        }

        /// <summary>A complete 200 answer whose body is not JSON, as a broken proxy or a cut-off upstream might send.</summary>
        private static EmulatorResponse MalformedResponse() =>
            new EmulatorResponse(200, System.Text.Encoding.UTF8.GetBytes("{\"data\": [{\"id\": \"injected-fault\", <malformed"),
                "application/json; charset=utf-8");

        public void Dispose()
        {
            WebhookDelivery.Dispose();
            lock (_servers)
            {
                foreach (var server in _servers) server.Dispose();
                _servers.Clear();
            }
            State.Scheduler.Dispose();
        }
    }
}
