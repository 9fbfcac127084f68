using System;
using System.Collections.Generic;

namespace EnodePS.Emulator.State
{
    /// <summary>
    /// The charging history the emulator makes up for a device: on most days one evening session of one to five
    /// hours, drawn from a hash of the device id and the day, so the same question always gets the same answer.
    /// Statistics of any resolution are sums of the same quarter hours, so an hour's kWh add up to its day's.
    /// </summary>
    public sealed class ChargingActivity
    {
        public static readonly TimeSpan Slot = TimeSpan.FromMinutes(15);

        private readonly string _deviceId;
        private readonly double _power;
        private readonly Dictionary<long, Session?> _byDay = new Dictionary<long, Session?>();

        public ChargingActivity(string deviceId, string deviceType)
        {
            _deviceId = deviceId;
            _power = deviceType == "hvac" ? 2.0 : StableHash.OfParts("power", deviceId) % 3 == 0 ? 11.0 : 7.4;
        }

        public string DeviceId => _deviceId;

        public sealed class Session
        {
            public DateTimeOffset From;
            public DateTimeOffset To;
        }

        /// <summary>The session that starts on the UTC day, if any.</summary>
        public Session? SessionOn(long dayNumber)
        {
            if (_byDay.TryGetValue(dayNumber, out var cached)) return cached;
            Session? session = null;
            var hash = StableHash.OfParts("session", _deviceId, dayNumber);
            if (hash % 100 < 70)
            {
                var start = Day(dayNumber).AddHours(16 + (int)(hash / 100 % 7)).AddMinutes(15 * (int)(hash / 1000 % 4));
                var quarters = 4 + (int)(hash / 10000 % 17);
                session = new Session { From = start, To = start.AddMinutes(15 * quarters) };
            }
            _byDay[dayNumber] = session;
            return session;
        }

        /// <summary>Sessions that overlap [from, to), oldest first.</summary>
        public IEnumerable<Session> Sessions(DateTimeOffset from, DateTimeOffset to)
        {
            for (var day = DayNumber(from) - 1; day <= DayNumber(to); day++)
            {
                var session = SessionOn(day);
                if (session != null && session.To > from && session.From < to) yield return session;
            }
        }

        /// <summary>Average power (kW) in the quarter hour that starts at <paramref name="slotStart"/>.</summary>
        public double PowerAt(DateTimeOffset slotStart)
        {
            var day = DayNumber(slotStart);
            foreach (var candidate in new[] { SessionOn(day - 1), SessionOn(day) })
                if (candidate != null && slotStart >= candidate.From && slotStart < candidate.To)
                {
                    var wobble = StableHash.OfParts("kw", _deviceId, slotStart.UtcTicks) % 150 / 1000.0;
                    return Math.Round(_power * (0.85 + wobble), 3);
                }
            return 0;
        }

        public static long DayNumber(DateTimeOffset instant) => (long)Math.Floor((instant.UtcDateTime - DateTime.MinValue).TotalDays);

        private static DateTimeOffset Day(long dayNumber) => new DateTimeOffset(DateTime.MinValue.AddDays(dayNumber), TimeSpan.Zero);
    }
}
