namespace EnodePS.Infrastructure
{
    /// <summary>The -First and -Skip of a SupportsPaging cmdlet.</summary>
    public sealed class PagingRequest
    {
        public static readonly PagingRequest All = new PagingRequest(null, 0);

        public PagingRequest(long? first, long skip)
        {
            First = first;
            Skip = skip;
        }

        public long? First { get; }
        public long Skip { get; }
    }
}
