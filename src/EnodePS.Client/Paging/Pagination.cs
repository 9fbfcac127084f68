namespace EnodePS.Client.Paging
{
    /// <summary>Cursors to the neighbouring pages; null where there is none.</summary>
    public sealed class Pagination
    {
        public string? Before { get; set; }
        public string? After { get; set; }
    }
}
