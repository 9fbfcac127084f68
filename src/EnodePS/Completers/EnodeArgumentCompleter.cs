using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Management.Automation.Runspaces;
using EnodePS.Connections;

namespace EnodePS.Completers
{
    /// <summary>
    /// The thin PowerShell side of every EnodePS completer: builds a <see cref="CompletionContext"/>, asks the
    /// derived class for candidates, and turns the matches into CompletionResults. Attach a derived class with
    /// [ArgumentCompleter(typeof(VehicleIdCompleter))]; the logic lives in <see cref="Candidates"/>, tested without PowerShell.
    /// </summary>
    public abstract class EnodeArgumentCompleter : IArgumentCompleter
    {
        /// <summary>Every value that could be offered for the parameter; matching against the word happens after.</summary>
        protected internal abstract IEnumerable<string> Candidates(CompletionContext context);

        /// <summary>The matches for a context, already filtered: what a user would see, as plain strings.</summary>
        internal IReadOnlyList<string> Complete(CompletionContext context) =>
            CompletionSource.Matching(Candidates(context), context.WordToComplete);

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var runspace = Runspace.DefaultRunspace;
            var session = runspace == null ? null : ConnectionStore.For(runspace);
            var context = new CompletionContext(parameterName, wordToComplete, fakeBoundParameters, ConnectionFor(fakeBoundParameters, session), session);
            return Complete(context)
                .Select(value => new CompletionResult(CompletionSource.Quote(value), value, CompletionResultType.ParameterValue, value))
                .ToList();
        }

        private static EnodeConnection? ConnectionFor(IDictionary? bound, SessionConnections? session)
        {
            if (bound != null && bound.Contains("Connection"))
            {
                var given = bound["Connection"];
                if (given is PSObject wrapped) given = wrapped.BaseObject;
                if (given is EnodeConnection connection) return connection;
            }
            return session?.Current;
        }
    }
}
