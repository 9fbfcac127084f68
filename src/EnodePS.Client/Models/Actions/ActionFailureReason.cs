namespace EnodePS.Client.Models
{
    /// <summary>Why an action FAILED or was CANCELLED.</summary>
    public sealed class ActionFailureReason
    {
        /// <summary>NO_RESPONSE, FAILED_PRECONDITION, CONFLICT, NOT_FOUND, UNNECESSARY or REQUESTED_CANCELLATION.</summary>
        public string Type { get; set; } = "";

        /// <summary>A sentence for people.</summary>
        public string Detail { get; set; } = "";

        public override string ToString() => string.IsNullOrEmpty(Detail) ? Type : Type + ": " + Detail;
    }
}
