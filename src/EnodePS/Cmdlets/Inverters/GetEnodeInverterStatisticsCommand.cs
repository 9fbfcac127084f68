using System;
using System.Globalization;
using System.Management.Automation;
using EnodePS.Completers;
using EnodePS.Client;
using EnodePS.Client.Models;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Inverters
{
    /// <summary>
    /// <para type="synopsis">Gets the solar production of inverters over a range of days, one row per quarter hour or per day.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "EnodeInverterStatistics")]
    [OutputType(typeof(InverterStatisticsSample))]
    public sealed class GetEnodeInverterStatisticsCommand : ConnectedCmdlet
    {
        /// <summary>Inverter ids; binds the Id (or InverterId) property of objects from the pipeline.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("InverterId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(InverterIdCompleter))]
        public string[]? Id { get; set; }

        /// <summary>The first day, in the inverter's local time.</summary>
        [Parameter(Mandatory = true, Position = 1)]
        [Alias("Date")]
        public DateTime From { get; set; }

        /// <summary>The last day (included); the -From day when omitted.</summary>
        [Parameter(Position = 2)]
        public DateTime? To { get; set; }

        /// <summary>QUARTER_HOUR (one request per day) or DAY (one request per month).</summary>
        [Parameter]
        [ValidateSet(InverterStatisticsResolution.QuarterHour, InverterStatisticsResolution.Day, IgnoreCase = true)]
        public string Resolution { get; set; } = InverterStatisticsResolution.QuarterHour;

        private string _resolution = "";

        protected override void Begin()
        {
            if (!AllowedValues.TryNormalize(Resolution, InverterStatisticsResolution.All, out _resolution))
                InvalidParameter(nameof(Resolution), Resolution, "allowed values are " + string.Join(", ", InverterStatisticsResolution.All) + ".");
            if (!DateRange.IsOrdered(From, To ?? From))
                InvalidParameter(nameof(To), To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), $"it must be on or after -From ({From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}).");
        }

        protected override void Process()
        {
            var connection = ActiveConnection;
            foreach (var id in Id ?? Array.Empty<string>())
                TryCall(id, () =>
                {
                    foreach (var row in Stream(connection, (client, ct) => client.Inverters.StreamStatisticsAsync(id, From, To ?? From, _resolution, ct)))
                        Output(row);
                });
        }
    }
}
