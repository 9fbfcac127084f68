using System;

namespace EnodePS.Client.Errors
{
    /// <summary>
    /// The API refused a link session because the client holds as many vendor connections as its plan allows.
    /// No retry helps: connections must be freed first (delete users or disconnect vendors), or the limit raised by Enode.
    /// </summary>
    public sealed class EnodeConnectionsLimitException : Exception
    {
        public EnodeConnectionsLimitException(EnodeApiException inner)
            : base("Your Enode client has reached its connections limit, so no more vendors can be linked. Free connections by deleting users or disconnecting vendors you no longer need, or ask Enode to raise the limit. (" + inner.Message + ")", inner)
        {
            Problem = inner;
        }

        /// <summary>The API's answer.</summary>
        public EnodeApiException Problem { get; }

        /// <summary>Whether an error answer is the "Connections limit reached for this client" problem.</summary>
        public static bool Matches(EnodeApiException exception) =>
            Contains(exception.Title) || Contains(exception.Detail) || exception.ProblemSlug == "connections-limit-reached";

        private static bool Contains(string? text) =>
            text != null && text.IndexOf("connections limit", StringComparison.OrdinalIgnoreCase) >= 0;
    }
}
