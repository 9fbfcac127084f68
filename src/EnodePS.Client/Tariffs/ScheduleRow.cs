using System;

namespace EnodePS.Client.Tariffs
{
    /// <summary>One rate on one weekday from one minute to another: the unit in which schedules are compared.</summary>
    public readonly struct ScheduleRow : IComparable<ScheduleRow>, IEquatable<ScheduleRow>
    {
        public ScheduleRow(int weekday, int from, int to, string tariffId, string name)
        {
            Weekday = weekday;
            From = from;
            To = to == 0 ? HourMinute.MinutesPerDay : to;
            TariffId = tariffId;
            Name = name;
        }

        public int Weekday { get; }
        public int From { get; }

        /// <summary>Exclusive; midnight at the end of the day is 1440 whether written 00:00 or 24:00.</summary>
        public int To { get; }
        public string TariffId { get; }
        public string Name { get; }

        public int CompareTo(ScheduleRow other)
        {
            var c = Weekday.CompareTo(other.Weekday);
            if (c == 0) c = From.CompareTo(other.From);
            if (c == 0) c = To.CompareTo(other.To);
            if (c == 0) c = string.CompareOrdinal(TariffId, other.TariffId);
            return c != 0 ? c : string.CompareOrdinal(Name, other.Name);
        }

        public bool Equals(ScheduleRow other) => CompareTo(other) == 0;
        public override bool Equals(object? obj) => obj is ScheduleRow row && Equals(row);
        public override int GetHashCode() => (Weekday * 1440 + From) ^ (To << 12) ^ Name.GetHashCode();

        public override string ToString() =>
            $"{Models.WeekdayNames.Short(Weekday)} {Time(From)}-{Time(To)} {Name}";

        private static string Time(int minutes) => $"{minutes / 60:00}:{minutes % 60:00}";
    }
}
