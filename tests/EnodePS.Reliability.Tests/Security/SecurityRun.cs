using System;
using System.Collections.Generic;
using EnodePS.Cmdlets.Tests.Support;
using EnodePS.Infrastructure;

namespace EnodePS.Reliability.Tests.Security
{
    /// <summary>One cmdlet invocation of the leak test, set up in its own <see cref="SecuritySession"/>.</summary>
    public sealed class SecurityRun
    {
        public SecurityRun(string name, Type cmdlet, Func<SecuritySession, Invocation> prepare)
        {
            Name = name;
            Cmdlet = cmdlet;
            Prepare = prepare;
        }

        public string Name { get; }
        public Type Cmdlet { get; }
        public Func<SecuritySession, Invocation> Prepare { get; }

        public override string ToString() => Name;
    }

    /// <summary>A cmdlet ready to run, or why it cannot be run.</summary>
    public sealed class Invocation
    {
        private Invocation(EnodeCmdlet? cmdlet, RecordingHost? host, string? parameterSet, string? skipped)
        {
            Cmdlet = cmdlet;
            Host = host;
            ParameterSet = parameterSet;
            Skipped = skipped;
        }

        public static Invocation Of(EnodeCmdlet cmdlet, RecordingHost host, string? parameterSet = null) => new Invocation(cmdlet, host, parameterSet, null);
        public static Invocation Skip(string reason) => new Invocation(null, null, null, reason);

        public EnodeCmdlet? Cmdlet { get; }
        public RecordingHost? Host { get; }
        public string? ParameterSet { get; }
        public string? Skipped { get; }

        /// <summary>The output is the secret the user asked for (Get-EnodeAccessToken -AsPlainText): only the other streams are checked.</summary>
        public bool OutputIsTheAskedForSecret { get; set; }

        /// <summary>Secrets that live outside the session's emulator (an in-process emulator the run made, a hostile server).</summary>
        public Func<IEnumerable<(string Kind, string Value)>>? MoreSecrets { get; set; }

        /// <summary>Run after the checks: closes what the run opened outside the session.</summary>
        public Action? Cleanup { get; set; }
    }
}
