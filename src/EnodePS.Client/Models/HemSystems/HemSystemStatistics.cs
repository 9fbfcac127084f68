namespace EnodePS.Client.Models
{
    /// <summary>The answer to one HEM system statistics request (a day or a month).</summary>
    public sealed class HemSystemStatistics
    {
        public HemSystemTimeseriesSet Timeseries { get; set; } = new HemSystemTimeseriesSet();
    }
}
