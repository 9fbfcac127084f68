using System;
using System.Globalization;
using System.Management.Automation;
using EnodePS.Completers;
using EnodePS.Client;
using EnodePS.Client.Models;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.HemSystems
{
    /// <summary>
    /// <para type="synopsis">Gets the energy flows of HEM systems over a range of days: generation, consumption, grid, battery.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "EnodeHemSystemStatistics")]
    [OutputType(typeof(HemSystemStatisticsSample))]
    public sealed class GetEnodeHemSystemStatisticsCommand : ConnectedCmdlet
    {
        /// <summary>HEM system ids; binds the Id (or HemSystemId) property of objects from the pipeline.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("HemSystemId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(HemSystemIdCompleter))]
        public string[]? Id { get; set; }

        /// <summary>The first day, in the system's local time.</summary>
        [Parameter(Mandatory = true, Position = 1)]
        [Alias("Date")]
        public DateTime From { get; set; }

        /// <summary>The last day (included); the -From day when omitted.</summary>
        [Parameter(Position = 2)]
        public DateTime? To { get; set; }

        /// <summary>DAY (one request per day, the vendor's finest buckets) or MONTH (one request per month, daily buckets).</summary>
        [Parameter]
        [ValidateSet(HemSystemStatisticsInterval.Day, HemSystemStatisticsInterval.Month, IgnoreCase = true)]
        public string Interval { get; set; } = HemSystemStatisticsInterval.Day;

        private string _interval = "";

        protected override void Begin()
        {
            if (!AllowedValues.TryNormalize(Interval, HemSystemStatisticsInterval.All, out _interval))
                InvalidParameter(nameof(Interval), Interval, "allowed values are " + string.Join(", ", HemSystemStatisticsInterval.All) + ".");
            if (!DateRange.IsOrdered(From, To ?? From))
                InvalidParameter(nameof(To), To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), $"it must be on or after -From ({From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}).");
        }

        protected override void Process()
        {
            var connection = ActiveConnection;
            foreach (var id in Id ?? Array.Empty<string>())
                TryCall(id, () =>
                {
                    foreach (var row in Stream(connection, (client, ct) => client.HemSystems.StreamStatisticsAsync(id, From, To ?? From, _interval, ct)))
                        Output(row);
                });
        }
    }
}
