using System;
using System.Collections.Generic;

namespace EnodePS.Reliability.Tests.BadInput
{
    /// <summary>
    /// One bad value that a cmdlet (or the client under it) checks in code, where PowerShell's attributes cannot:
    /// the cmdlet must stop with a clear error naming the parameter and what it allows, before any request.
    /// </summary>
    public sealed class BadInputCase
    {
        public BadInputCase(string name, string cmdlet, string parameter, IReadOnlyList<string> allowed,
            Func<BadInputContext, (string Script, IDictionary<string, object?> Variables)> prepare)
        {
            Name = name;
            Cmdlet = cmdlet;
            Parameter = parameter;
            Allowed = allowed;
            Prepare = prepare;
        }

        /// <summary>The command line as a user would type it; unique in the table.</summary>
        public string Name { get; }

        /// <summary>The cmdlet whose check this is (Verb-Noun).</summary>
        public string Cmdlet { get; }

        /// <summary>The parameter the error must name.</summary>
        public string Parameter { get; }

        /// <summary>Text the error must contain to tell the user what is allowed (every allowed value, a bound, a format).</summary>
        public IReadOnlyList<string> Allowed { get; }

        /// <summary>The PowerShell that runs the command, and the variables it names.</summary>
        public Func<BadInputContext, (string Script, IDictionary<string, object?> Variables)> Prepare { get; }

        /// <summary>True when the cmdlet reports the error for the one input and goes on (a non-terminating error).</summary>
        public bool PerItem { get; set; }

        public override string ToString() => Name;
    }
}
