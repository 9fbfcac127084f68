using System;
using EnodePS.Emulator.Routing;
using EnodePS.Emulator.State;

namespace EnodePS.Emulator.Handlers
{
    public static class InverterHandlers
    {
        public static void Register(Router router)
        {
            DeviceRoutes.MapReads(router, "inverters", "inverterId", s => s.Inverters, "inverter");
            DeviceRoutes.MapRefreshHint(router, "inverters", "inverterId", s => s.Inverters, "inverter", "inverter", InverterStatistics.PublishToday);
            router.Map("GET", "/inverters/{inverterId}/statistics", Statistics);
        }

        /// <summary>GET /inverters/{inverterId}/statistics?year&amp;month[&amp;day]: a day in quarter hours or a month in days.</summary>
        private static EmulatorResponse Statistics(RouteContext c)
        {
            if (!c.TryQueryInt("year", 1970, 9999, out var year, out var problem)) return problem!;
            if (year == null) return Problems.Invalid("year", "is required");
            if (!c.TryQueryInt("month", 1, 12, out var month, out problem)) return problem!;
            if (month == null) return Problems.Invalid("month", "is required");
            if (!c.TryQueryInt("day", 1, DateTime.DaysInMonth(year.Value, month.Value), out var day, out problem)) return problem!;

            lock (c.State.Gate)
            {
                var inverter = c.State.Inverters.Find(c.Route("inverterId"));
                if (inverter == null) return Problems.NotFound("The specified inverter was not found.");
                var result = InverterStatistics.Build(inverter, year.Value, month.Value, day, c.State.Clock.UtcNow);
                return EmulatorResponse.Json(result.IsFinal ? 200 : 202, result.Body);
            }
        }
    }
}
