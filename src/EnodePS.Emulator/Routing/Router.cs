using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Emulator.State;

namespace EnodePS.Emulator.Routing
{
    public delegate EmulatorResponse RouteHandler(RouteContext context);

    /// <summary>Maps "METHOD /template" to handlers. The matched "METHOD /template" is the operation's name in coverage reports.</summary>
    public sealed class Router
    {
        private readonly List<Route> _routes = new List<Route>();

        public void Map(string method, string template, RouteHandler handler)
        {
            _routes.Add(new Route(method.ToUpperInvariant(), new RouteTemplate(template), handler));
        }

        public IEnumerable<string> Operations => _routes.Select(r => r.Operation);

        public bool TryResolve(EmulatorRequest request, out Route? route, out Dictionary<string, string>? values, out bool pathKnown)
        {
            var segments = RouteTemplate.Split(request.Path);
            route = null;
            values = null;
            pathKnown = false;
            foreach (var candidate in _routes.OrderByDescending(r => r.Template.LiteralCount))
            {
                if (!candidate.Template.TryMatch(segments, out var matched)) continue;
                pathKnown = true;
                if (candidate.Method != request.Method) continue;
                route = candidate;
                values = matched;
                return true;
            }
            return false;
        }

        public sealed class Route
        {
            internal Route(string method, RouteTemplate template, RouteHandler handler)
            {
                Method = method;
                Template = template;
                Handler = handler;
            }

            public string Method { get; }
            public RouteTemplate Template { get; }
            public RouteHandler Handler { get; }
            public string Operation => Method + " " + Template.Template;
        }
    }
}
