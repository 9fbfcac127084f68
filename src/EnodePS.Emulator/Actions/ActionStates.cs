namespace EnodePS.Emulator.Actions
{
    /// <summary>The reference's action states and failure reason types.</summary>
    public static class ActionStates
    {
        public const string Pending = "PENDING";
        public const string Confirmed = "CONFIRMED";
        public const string Failed = "FAILED";
        public const string Cancelled = "CANCELLED";

        public const string NoResponse = "NO_RESPONSE";
        public const string FailedPrecondition = "FAILED_PRECONDITION";
        public const string Conflict = "CONFLICT";
        public const string NotFound = "NOT_FOUND";
        public const string Unnecessary = "UNNECESSARY";
        public const string RequestedCancellation = "REQUESTED_CANCELLATION";
    }
}
