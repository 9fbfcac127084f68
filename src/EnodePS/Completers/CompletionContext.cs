using System.Collections;
using EnodePS.Connections;

namespace EnodePS.Completers
{
    /// <summary>What a completer knows when asked, with no PowerShell type in it: tests build it directly.</summary>
    public sealed class CompletionContext
    {
        public CompletionContext(string parameterName, string wordToComplete, IDictionary? boundParameters, EnodeConnection? connection,
            SessionConnections? sessionConnections = null)
        {
            SessionConnections = sessionConnections;
            ParameterName = parameterName;
            WordToComplete = wordToComplete ?? "";
            BoundParameters = boundParameters;
            Connection = connection;
        }

        public string ParameterName { get; }
        public string WordToComplete { get; }

        /// <summary>The parameters already typed on the command line (PowerShell's fakeBoundParameters).</summary>
        public IDictionary? BoundParameters { get; }

        /// <summary>The -Connection typed on the line, or the session's current connection; null when there is none.</summary>
        public EnodeConnection? Connection { get; }

        /// <summary>The session's connections; null outside a session.</summary>
        public SessionConnections? SessionConnections { get; }

        /// <summary>A bound parameter's value as text, or null.</summary>
        public string? Bound(string name)
        {
            if (BoundParameters == null || !BoundParameters.Contains(name)) return null;
            return Infrastructure.PowerShellValues.ToPlain(BoundParameters[name]) as string;
        }
    }
}
