using System;
using System.Collections.Generic;
using System.Linq;
using EnodePS.Client.Models;

namespace EnodePS.Client.Actions
{
    /// <summary>A wait ran out of time with actions still pending; carries each of them as last seen.</summary>
    public sealed class ActionWaitTimeoutException : TimeoutException
    {
        public ActionWaitTimeoutException(TimeSpan timeout, IReadOnlyList<(ActionReference Reference, VendorAction? LastSeen)> pending)
            : base($"{pending.Count} action(s) still pending after {timeout}: {string.Join(", ", pending.Take(10).Select(p => p.Reference.Id))}{(pending.Count > 10 ? ", ..." : "")}.")
        {
            Timeout = timeout;
            Pending = pending;
        }

        public TimeSpan Timeout { get; }
        public IReadOnlyList<(ActionReference Reference, VendorAction? LastSeen)> Pending { get; }
    }
}
