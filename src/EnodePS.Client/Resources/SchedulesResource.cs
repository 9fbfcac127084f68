using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Client.Errors;
using EnodePS.Client.Http;
using EnodePS.Client.Models;
using EnodePS.Client.Paging;
using EnodePS.Client.Validation;

namespace EnodePS.Client.Resources
{
    /// <summary>The Schedules section.</summary>
    public sealed class SchedulesResource
    {
        private readonly ApiTransport _transport;

        internal SchedulesResource(ApiTransport transport) { _transport = transport; }

        /// <summary>A user's schedules.</summary>
        public IAsyncEnumerable<Schedule> ListAsync(string userId, PageOptions? options = null, CancellationToken cancellationToken = default) =>
            Paginator.StreamAsync(_transport, RequestPath.Of("/users/{userId}/schedules", userId), null, SchedulesJsonContext.Default.PageSchedule, options, cancellationToken);

        public Task<Schedule> GetAsync(string scheduleId, CancellationToken cancellationToken = default) =>
            _transport.GetAsync(RequestPath.Of("/schedules/{id}", scheduleId), SchedulesJsonContext.Default.Schedule, cancellationToken);

        public Task<ScheduleStatus> GetStatusAsync(string scheduleId, CancellationToken cancellationToken = default) =>
            _transport.GetAsync(RequestPath.Of("/schedules/{scheduleId}/status", scheduleId), SchedulesJsonContext.Default.ScheduleStatus, cancellationToken);

        public Task<Schedule> CreateAsync(string userId, ScheduleRequest schedule, CancellationToken cancellationToken = default)
        {
            if (string.IsNullOrWhiteSpace(schedule.TargetId)) throw new EnodeValidationException("targetId", schedule.TargetId, "the id of the vehicle or charger to schedule.");
            var body = new ScheduleRequest
            {
                TargetId = schedule.TargetId,
                TargetType = AssetTypes.Check(schedule.TargetType, AssetTypes.ScheduleTargets, "targetType"),
                LocationId = schedule.LocationId,
                IsEnabled = schedule.IsEnabled,
                DefaultShouldCharge = schedule.DefaultShouldCharge,
                Rules = CheckRules(schedule.Rules),
            };
            return _transport.SendAsync(HttpMethod.Post, RequestPath.Of("/users/{userId}/schedules", userId), body,
                SchedulesJsonContext.Default.ScheduleRequest, SchedulesJsonContext.Default.Schedule, cancellationToken);
        }

        /// <summary>Sends only what <paramref name="changes"/> sets; the schedule keeps everything else.</summary>
        public async Task<Schedule> UpdateAsync(string scheduleId, ScheduleUpdate changes, CancellationToken cancellationToken = default)
        {
            if (changes.IsEmpty) throw new EnodeValidationException("changes", null, "at least one property to change.");
            if (changes.ClearLocation && changes.LocationId != null)
                throw new EnodeValidationException("locationId", changes.LocationId, "either a location id or ClearLocation, not both.");
            var json = UpdateBody(changes);
            var answer = await _transport.SendCheckedAsync(HttpMethod.Put, RequestPath.Of("/schedules/{id}", scheduleId), json, cancellationToken).ConfigureAwait(false);
            return ProblemReader.Deserialize(answer, SchedulesJsonContext.Default.Schedule, "answer to PUT /schedules/{scheduleId}");
        }

        public Task DeleteAsync(string scheduleId, CancellationToken cancellationToken = default) =>
            _transport.SendAsync(HttpMethod.Delete, RequestPath.Of("/schedules/{id}", scheduleId), null, cancellationToken);

        private static List<ScheduleRule> CheckRules(IEnumerable<ScheduleRule>? rules) =>
            (rules ?? Enumerable.Empty<ScheduleRule>()).Select((rule, i) => ScheduleRules.Check(rule, $"rules[{i}]")).ToList();

        /// <summary>A partial body: absent properties stay absent, and a cleared location is an explicit null.</summary>
        private static string UpdateBody(ScheduleUpdate changes)
        {
            using (var stream = new MemoryStream())
            {
                using (var writer = new Utf8JsonWriter(stream))
                {
                    writer.WriteStartObject();
                    if (changes.TargetId != null) writer.WriteString("targetId", changes.TargetId);
                    if (changes.LocationId != null) writer.WriteString("locationId", changes.LocationId);
                    else if (changes.ClearLocation) writer.WriteNull("locationId");
                    if (changes.TargetType != null) writer.WriteString("targetType", AssetTypes.Check(changes.TargetType, AssetTypes.ScheduleTargets, "targetType"));
                    if (changes.IsEnabled.HasValue) writer.WriteBoolean("isEnabled", changes.IsEnabled.Value);
                    if (changes.DefaultShouldCharge.HasValue) writer.WriteBoolean("defaultShouldCharge", changes.DefaultShouldCharge.Value);
                    if (changes.Rules != null)
                    {
                        writer.WritePropertyName("rules");
                        JsonSerializer.Serialize(writer, CheckRules(changes.Rules), SchedulesJsonContext.Default.ListScheduleRule);
                    }
                    writer.WriteEndObject();
                }
                return Encoding.UTF8.GetString(stream.ToArray());
            }
        }
    }
}
