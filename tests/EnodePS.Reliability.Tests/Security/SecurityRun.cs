using System;
using System.Collections.Generic;

namespace EnodePS.Reliability.Tests.Security
{
    /// <summary>One cmdlet invocation of the leak test, set up in its own <see cref="SecuritySession"/>.</summary>
    public sealed class SecurityRun
    {
        public SecurityRun(string name, string cmdlet, Func<SecuritySession, Invocation> prepare)
        {
            Name = name;
            Cmdlet = cmdlet;
            Prepare = prepare;
        }

        public string Name { get; }

        /// <summary>The cmdlet the run covers (Verb-Noun).</summary>
        public string Cmdlet { get; }

        public Func<SecuritySession, Invocation> Prepare { get; }

        public override string ToString() => Name;
    }

    /// <summary>A script ready to run with verbose and debug output on, or why it cannot be run.</summary>
    public sealed class Invocation
    {
        private Invocation(string? script, IDictionary<string, object?>? variables, string? skipped)
        {
            Script = script;
            Variables = variables ?? new Dictionary<string, object?>();
            Skipped = skipped;
        }

        /// <summary>The command line (its last statement is the command checked); -Debug -Verbose are added to it.</summary>
        public static Invocation Of(string script, IDictionary<string, object?>? variables = null) => new Invocation(script, variables, null);

        public static Invocation Skip(string reason) => new Invocation(null, null, reason);

        public string? Script { get; }
        public IDictionary<string, object?> Variables { get; }
        public string? Skipped { get; }

        /// <summary>The output is the secret the user asked for (Get-EnodeAccessToken -AsPlainText): only the other streams are checked.</summary>
        public bool OutputIsTheAskedForSecret { get; set; }

        /// <summary>Secrets that live outside the session's emulator (an emulator the run started, a hostile server).</summary>
        public Func<PowerShell.Tests.Support.ScriptResult, IEnumerable<(string Kind, string Value)>>? MoreSecrets { get; set; }

        /// <summary>Run after the checks: closes what the run opened outside the session.</summary>
        public Action? Cleanup { get; set; }

        public Invocation With(Action<Invocation> change)
        {
            change(this);
            return this;
        }
    }
}
