namespace EnodePS.Client.Models
{
    /// <summary>A daily interval of clock times ("HH:mm"). To always falls after From, so 22:00-06:00 runs into the next day.</summary>
    public sealed class ScheduleHourMinute
    {
        public string From { get; set; } = "";
        public string To { get; set; } = "";

        public override string ToString() => From + "-" + To;
    }
}
