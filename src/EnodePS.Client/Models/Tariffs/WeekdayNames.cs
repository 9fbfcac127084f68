namespace EnodePS.Client.Models
{
    /// <summary>The API's weekday numbers: 0 is Monday, 6 is Sunday.</summary>
    public static class WeekdayNames
    {
        private static readonly string[] Full = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" };

        public static string Long(int weekday) => weekday >= 0 && weekday < 7 ? Full[weekday] : weekday.ToString(System.Globalization.CultureInfo.InvariantCulture);

        public static string Short(int weekday) => weekday >= 0 && weekday < 7 ? Full[weekday].Substring(0, 3) : Long(weekday);
    }
}
