namespace EnodePS.Infrastructure
{
    /// <summary>A progress update, in PowerShell-free form (see <see cref="ICmdletHost"/>).</summary>
    public sealed class ProgressInfo
    {
        public ProgressInfo(int activityId, string activity, string status, int percentComplete, bool completed = false)
        {
            ActivityId = activityId;
            Activity = activity;
            Status = status;
            PercentComplete = percentComplete;
            Completed = completed;
        }

        public int ActivityId { get; }
        public string Activity { get; }
        public string Status { get; }
        public int PercentComplete { get; }
        public bool Completed { get; }
    }
}
