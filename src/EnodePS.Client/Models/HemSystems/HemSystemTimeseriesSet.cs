namespace EnodePS.Client.Models
{
    /// <summary>One time series per energy flow; battery level only for day intervals.</summary>
    public sealed class HemSystemTimeseriesSet
    {
        public HemSystemTimeseries? Generation { get; set; }
        public HemSystemTimeseries? Consumption { get; set; }
        public HemSystemTimeseries? Import { get; set; }
        public HemSystemTimeseries? Export { get; set; }
        public HemSystemTimeseries? Charge { get; set; }
        public HemSystemTimeseries? Discharge { get; set; }
        public HemSystemTimeseries? BatteryLevel { get; set; }
    }
}
