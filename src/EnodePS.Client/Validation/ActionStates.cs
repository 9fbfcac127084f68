using System;
using System.Collections.Generic;

namespace EnodePS.Client
{
    /// <summary>The states of an action: PENDING until CONFIRMED, FAILED or CANCELLED.</summary>
    public static class ActionStates
    {
        public const string Pending = "PENDING";
        public const string Confirmed = "CONFIRMED";
        public const string Failed = "FAILED";
        public const string Cancelled = "CANCELLED";

        public static readonly IReadOnlyList<string> All = new[] { Pending, Confirmed, Failed, Cancelled };

        /// <summary>True for the states an action ends in. A state this client does not know counts as resolved, so that a wait ends.</summary>
        public static bool IsResolved(string? state) => !string.Equals(state, Pending, StringComparison.Ordinal);

        /// <summary>The failureReason with which Enode cancels an action whose device is already as asked.</summary>
        public const string Unnecessary = "UNNECESSARY";

        /// <summary>
        /// True for an action Enode CANCELLED as UNNECESSARY: the device is already in the asked state (already
        /// charging, already in that mode), so the caller's intent holds; a success, not a failure.
        /// </summary>
        public static bool IsAlreadyInState(string? state, string? failureType) =>
            string.Equals(state, Cancelled, StringComparison.Ordinal) && string.Equals(failureType, Unnecessary, StringComparison.Ordinal);
    }
}
