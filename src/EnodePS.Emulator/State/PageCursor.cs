using System;
using System.Globalization;
using System.Text;

namespace EnodePS.Emulator.State
{
    /// <summary>Opaque paging cursors: the base64 of a record's sort key, so a cursor stays valid when records are added or removed.</summary>
    public static class PageCursor
    {
        public static string For(Record record) =>
            Convert.ToBase64String(Encoding.UTF8.GetBytes(
                record.CreatedAt.UtcTicks.ToString(CultureInfo.InvariantCulture) + "|" + record.Id));

        public static bool TryParse(string cursor, out long createdTicks, out string id)
        {
            createdTicks = 0;
            id = "";
            try
            {
                var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
                var bar = text.IndexOf('|');
                if (bar <= 0) return false;
                id = text.Substring(bar + 1);
                return long.TryParse(text.Substring(0, bar), NumberStyles.Integer, CultureInfo.InvariantCulture, out createdTicks);
            }
            catch (FormatException)
            {
                return false;
            }
        }
    }
}
