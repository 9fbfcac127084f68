using System;
using System.Collections.Generic;
using System.Threading;
using EnodePS.Infrastructure;

namespace EnodePS.Benchmarks
{
    /// <summary>
    /// A cmdlet host that counts what a cmdlet writes and keeps none of it, as a pipeline ending in
    /// `| Measure-Object` would: what remains of the cost is the cmdlet's own. Errors stop the benchmark.
    /// </summary>
    internal sealed class CountingHost : ICmdletHost
    {
        private long _objects;

        public CountingHost(PagingRequest? paging = null) { Paging = paging ?? PagingRequest.All; }

        public object SessionKey { get; } = new object();
        public bool IsDebugEnabled => false;
        public PagingRequest Paging { get; set; }
        public long Objects => Interlocked.Read(ref _objects);

        /// <summary>The last object written, for callers that need it (Connect-Enode -PassThru); list items are not kept.</summary>
        public object? Last { get; private set; }
        public bool KeepLast { get; set; }

        /// <summary>Every object written, when <see cref="KeepAll"/> is set (for small outputs, such as the actions a control cmdlet writes).</summary>
        public List<object?> Kept { get; } = new List<object?>();
        public bool KeepAll { get; set; }

        /// <summary>Called with the running count after each object (the memory probe samples here).</summary>
        public Action<long>? OnObject { get; set; }

        public void WriteObject(object? value)
        {
            var count = Interlocked.Increment(ref _objects);
            if (KeepLast) Last = value;
            if (KeepAll) Kept.Add(value);
            OnObject?.Invoke(count);
        }

        public void WriteError(CmdletError error) => throw new InvalidOperationException("The cmdlet reported an error: " + error);
        public void WriteWarning(string message) { }
        public void WriteVerbose(string message) { }
        public void WriteDebug(string message) { }
        public void WriteProgress(ProgressInfo progress) { }
        public bool ShouldProcess(string target, string action) => true;
        public bool ShouldContinue(string query, string caption) => true;
        public string? GetEnvironmentVariable(string name) => null;
        public void ThrowTerminatingError(CmdletError error) => throw new InvalidOperationException("The cmdlet stopped: " + error);
    }
}
