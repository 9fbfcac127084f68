using System.Management.Automation;
using EnodePS.Client.Models;
using EnodePS.Client.Resources;
using EnodePS.Client.Validation;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Statistics
{
    /// <summary>
    /// <para type="synopsis">Gets charging statistics per period (energy, power, price, cost) for a user's devices.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "EnodeChargingStatistics", HelpUri = HelpLinks.Cmdlets + "Get-EnodeChargingStatistics.md", DefaultParameterSetName = UserSet)]
    [OutputType(typeof(ChargingStatistics))]
    public sealed class GetEnodeChargingStatisticsCommand : ChargingStatisticsCmdlet
    {
        /// <summary>The period of each row; DAY when left out.</summary>
        [Parameter]
        [ValidateSet("QUARTER_HOUR", "HALF_HOUR", "HOUR", "DAY", "WEEK", "MONTH", "YEAR", IgnoreCase = true)]
        public string? Resolution { get; set; }

        /// <summary>Hours from UTC that day and longer periods align to (-12 to 14). Deprecated by the API.</summary>
        [Parameter]
        public double? UtcOffset { get; set; }

        protected override void Process()
        {
            if (!(BuildQuery() is var (userId, query))) return;
            query.Resolution = Resolution == null ? null : AssetTypes.Check(Resolution, StatisticsResource.Resolutions, nameof(Resolution));
            if (UtcOffset.HasValue)
            {
                if (double.IsNaN(UtcOffset.Value) || UtcOffset < -12 || UtcOffset > 14)
                    throw new EnodeValidationException(nameof(UtcOffset), UtcOffset, "a number of hours from -12 to 14.");
                WriteWarning("-UtcOffset is deprecated by the Enode API: it does not follow daylight saving time.");
                query.UtcOffset = UtcOffset;
            }
            var connection = ActiveConnection;
            TryCall(userId, () =>
            {
                foreach (var row in Call(connection, (client, ct) => client.Statistics.GetChargingAsync(userId, query, ct)))
                    Output(row);
            });
        }
    }
}
