using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Text.RegularExpressions;

namespace EnodePS.PowerShell.Tests.Support
{
    /// <summary>
    /// What one script wrote, copied out of the PowerShell object's streams before it was disposed: output, errors,
    /// warnings, verbose, debug, information and progress records, the terminating error if it stopped, and the
    /// prompts the host was asked to show.
    /// </summary>
    public sealed class ScriptResult
    {
        public ScriptResult(string script) { Script = script; }

        public string Script { get; }
        public List<PSObject> Output { get; } = new List<PSObject>();
        public List<ErrorRecord> Errors { get; } = new List<ErrorRecord>();
        public List<string> Warnings { get; } = new List<string>();
        public List<string> Verbose { get; } = new List<string>();
        public List<string> Debug { get; } = new List<string>();
        public List<string> Information { get; } = new List<string>();
        public List<ProgressRecord> Progress { get; } = new List<ProgressRecord>();
        public List<string> Prompts { get; } = new List<string>();

        /// <summary>The lines written to the console host, such as -WhatIf's "What if: ..." lines.</summary>
        public List<string> HostLines { get; } = new List<string>();

        /// <summary>What -WhatIf said each ShouldProcess call would do: its target and action.</summary>
        public IEnumerable<(string Target, string Action)> WhatIf => HostLines
            .Select(line => WhatIfLine.Match(line))
            .Where(m => m.Success)
            .Select(m => (m.Groups["target"].Value, m.Groups["action"].Value));

        private static readonly Regex WhatIfLine = new Regex("^What if: Performing the operation \"(?<action>.*)\" on target \"(?<target>.*)\"\\.$", RegexOptions.Singleline);

        /// <summary>The error that stopped the script (a terminating error, or a non-terminating one with -ErrorAction Stop).</summary>
        public ErrorRecord? Terminating { get; set; }

        /// <summary>The exception Invoke threw with <see cref="Terminating"/> (PipelineStoppedException after a stop).</summary>
        public RuntimeException? TerminatingException { get; set; }

        /// <summary>The output objects themselves (PowerShell wraps each in a PSObject).</summary>
        public IEnumerable<object> Objects => Output.Select(o => o.BaseObject);

        /// <summary>The output objects of one engine type (the test process shares the engine's assemblies).</summary>
        public IEnumerable<T> OutputOf<T>() => Objects.OfType<T>();

        /// <summary>Every error, terminating or not.</summary>
        public IEnumerable<ErrorRecord> AllErrors => Terminating == null ? Errors : Errors.Append(Terminating);

        /// <summary>Everything a user would have seen, as text: for leak checks and readable failures.</summary>
        public string AllText => string.Join("\n",
            Output.Select(o => o?.ToString())
                .Concat(AllErrors.Select(e => e.FullyQualifiedErrorId + " " + e.CategoryInfo + " " + e.TargetObject + " " + e.Exception + " " + e.ErrorDetails))
                .Concat(Warnings).Concat(Verbose).Concat(Debug).Concat(Information)
                .Concat(Progress.Select(p => p.Activity + " " + p.StatusDescription + " " + p.CurrentOperation))
                .Concat(Prompts).Concat(HostLines));

        /// <summary>Fails with the errors' text when the script wrote any error or prompted.</summary>
        public ScriptResult AssertSucceeded()
        {
            if (AllErrors.Any() || Prompts.Count > 0)
                throw new Xunit.Sdk.XunitException($"The script failed:\n{Script}\n" + string.Join("\n", AllErrors.Select(Describe).Concat(Prompts.Select(p => "prompt: " + p))));
            return this;
        }

        public static string Describe(ErrorRecord e) => $"{e.FullyQualifiedErrorId} ({e.CategoryInfo.Category}, target {e.TargetObject}): {e.Exception.Message}";

        public override string ToString() => string.Join("\n", AllErrors.Select(Describe));
    }
}
