using System;
using System.Collections.Generic;
using EnodePS.Cmdlets.Tests.Support;
using EnodePS.Infrastructure;

namespace EnodePS.Reliability.Tests.BadInput
{
    /// <summary>
    /// One bad value that a cmdlet (or the client under it) checks in code, where PowerShell's attributes cannot:
    /// the cmdlet must stop with a clear error naming the parameter and what it allows, before any request.
    /// </summary>
    public sealed class BadInputCase
    {
        public BadInputCase(string name, string parameter, IReadOnlyList<string> allowed, Func<BadInputContext, EnodeCmdlet> create)
        {
            Name = name;
            Parameter = parameter;
            Allowed = allowed;
            Create = create;
        }

        /// <summary>The command line as a user would type it; unique in the table.</summary>
        public string Name { get; }

        /// <summary>The parameter the error must name.</summary>
        public string Parameter { get; }

        /// <summary>Text the error must contain to tell the user what is allowed (every allowed value, a bound, a format).</summary>
        public IReadOnlyList<string> Allowed { get; }

        public Func<BadInputContext, EnodeCmdlet> Create { get; }

        /// <summary>The parameter set PowerShell would bind, when the bound parameters alone do not decide it.</summary>
        public string? ParameterSet { get; set; }

        /// <summary>Prepares the host, e.g. environment variables the cmdlet reads.</summary>
        public Action<RecordingHost>? Arrange { get; set; }

        /// <summary>True when the cmdlet reports the error for the one input and goes on (a non-terminating error).</summary>
        public bool PerItem { get; set; }

        public override string ToString() => Name;
    }
}
