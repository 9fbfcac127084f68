using System;
using EnodePS.Client.Models;

namespace EnodePS.Client.Actions
{
    /// <summary>One action at the end of a wait: resolved (CONFIRMED, FAILED, CANCELLED), or unreadable with the error.</summary>
    public sealed class ActionWaitResult
    {
        private ActionWaitResult(ActionReference reference, VendorAction? action, Exception? error)
        {
            Reference = reference;
            Action = action;
            Error = error;
        }

        public ActionReference Reference { get; }

        /// <summary>The resolved action; null when <see cref="Error"/> says why it could not be read.</summary>
        public VendorAction? Action { get; }
        public Exception? Error { get; }

        internal static ActionWaitResult Resolved(ActionReference reference, VendorAction action) => new ActionWaitResult(reference, action, null);
        internal static ActionWaitResult Unreadable(ActionReference reference, Exception error) => new ActionWaitResult(reference, null, error);

        public override string ToString() => Action != null ? Action.Id + " " + Action.State : Reference.Id + " " + Error?.Message;
    }
}
