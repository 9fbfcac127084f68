using System.Globalization;

namespace EnodePS.Client.Actions
{
    /// <summary>How far a wait has come: actions per state, and those whose poll failed.</summary>
    public sealed class ActionWaitProgress
    {
        public ActionWaitProgress(int total, int confirmed, int failed, int cancelled, int errors, int alreadyInState = 0)
        {
            AlreadyInState = alreadyInState;
            Total = total;
            Confirmed = confirmed;
            Failed = failed;
            Cancelled = cancelled;
            Errors = errors;
        }

        public int Total { get; }
        public int Confirmed { get; }
        public int Failed { get; }
        public int Cancelled { get; }

        /// <summary>Actions Enode cancelled as UNNECESSARY: the device was already as asked, which counts as done.</summary>
        public int AlreadyInState { get; }

        /// <summary>Actions that could not be read (unknown id, lasting network failure).</summary>
        public int Errors { get; }

        public int Done => Confirmed + AlreadyInState + Failed + Cancelled + Errors;
        public int Pending => Total - Done;
        public int PercentComplete => Total == 0 ? 100 : Done * 100 / Total;

        public override string ToString() => string.Format(CultureInfo.InvariantCulture,
            "{0} of {1} done: {2} confirmed, {7} already so, {3} failed, {4} cancelled{5}, {6} pending",
            Done, Total, Confirmed, Failed, Cancelled, Errors > 0 ? string.Format(CultureInfo.InvariantCulture, ", {0} unreadable", Errors) : "", Pending, AlreadyInState);
    }
}
