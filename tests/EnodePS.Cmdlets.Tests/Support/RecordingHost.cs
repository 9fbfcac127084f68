using System;
using System.Collections.Generic;
using System.Linq;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Tests.Support
{
    /// <summary>The test side of the cmdlet seam: records every stream, answers confirmations as told.</summary>
    public sealed class RecordingHost : ICmdletHost
    {
        public object SessionKey { get; set; } = new object();
        public bool IsDebugEnabled { get; set; }
        public PagingRequest Paging { get; set; } = PagingRequest.All;

        /// <summary>-WhatIf: ShouldProcess answers false and records what would have happened.</summary>
        public bool WhatIf { get; set; }
        public bool ContinueAnswer { get; set; } = true;
        public Dictionary<string, string> Environment { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        public List<object?> Output { get; } = new List<object?>();
        public List<CmdletError> Errors { get; } = new List<CmdletError>();
        public List<string> Warnings { get; } = new List<string>();
        public List<string> Verbose { get; } = new List<string>();
        public List<string> Debug { get; } = new List<string>();
        public List<ProgressInfo> Progress { get; } = new List<ProgressInfo>();
        public List<(string Target, string Action)> ShouldProcessCalls { get; } = new List<(string, string)>();
        public CmdletError? Terminating { get; private set; }

        /// <summary>Threads that wrote to any stream: must only ever be the thread that ran the cmdlet.</summary>
        public HashSet<int> WritingThreads { get; } = new HashSet<int>();

        public IEnumerable<T> OutputOf<T>() => Output.OfType<T>();

        /// <summary>Everything the cmdlet showed the user, as text, for leak checks.</summary>
        public string AllText => string.Join("\n", Output.Select(o => o?.ToString())
            .Concat(Errors.Select(e => e.ToString() + " " + e.Exception))
            .Concat(Warnings).Concat(Verbose).Concat(Debug)
            .Concat(Progress.Select(p => p.Activity + " " + p.Status))
            .Concat(Terminating == null ? Array.Empty<string>() : new[] { Terminating.ToString() + " " + Terminating.Exception }));

        private void Mark() { lock (WritingThreads) WritingThreads.Add(System.Environment.CurrentManagedThreadId); }

        public void WriteObject(object? value) { Mark(); Output.Add(value); }
        public void WriteError(CmdletError error) { Mark(); Errors.Add(error); }
        public void WriteWarning(string message) { Mark(); Warnings.Add(message); }
        public void WriteVerbose(string message) { Mark(); Verbose.Add(message); }
        public void WriteDebug(string message) { Mark(); Debug.Add(message); }
        public void WriteProgress(ProgressInfo progress) { Mark(); Progress.Add(progress); }

        public bool ShouldProcess(string target, string action)
        {
            ShouldProcessCalls.Add((target, action));
            return !WhatIf;
        }

        public bool ShouldContinue(string query, string caption) => ContinueAnswer;

        public string? GetEnvironmentVariable(string name) => Environment.TryGetValue(name, out var v) ? v : null;

        public void ThrowTerminatingError(CmdletError error)
        {
            Mark();
            Terminating = error;
        }
    }
}
