using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using EnodePS.Completers;
using EnodePS.Client;
using EnodePS.Client.Models;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.HemSystems
{
    /// <summary>
    /// <para type="synopsis">Gets the energy flows of HEM systems over a range of days: generation, consumption, grid, battery.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "EnodeHemSystemStatistics", HelpUri = HelpLinks.Cmdlets + "Get-EnodeHemSystemStatistics.md", DefaultParameterSetName = ByIdSet)]
    [OutputType(typeof(HemSystemStatisticsSample))]
    public sealed class GetEnodeHemSystemStatisticsCommand : DeviceStatisticsCmdlet<HemSystemStatisticsSample>
    {
        /// <summary>HEM system ids.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByIdSet, Position = 0)]
        [Alias("HemSystemId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(HemSystemIdCompleter))]
        public string[]? Id { get; set; }

        /// <summary>DAY (one request per day, the vendor's finest buckets) or MONTH (one request per month, daily buckets).</summary>
        [Parameter]
        [Alias("Interval")]
        [ValidateSet(HemSystemStatisticsInterval.Day, HemSystemStatisticsInterval.Month, IgnoreCase = true)]
        public string Resolution { get; set; } = HemSystemStatisticsInterval.Day;

        protected override string[]? Ids => Id;

        private protected override IEnumerable<(string Kind, string Property)> PipedKinds => new[] { ("HemSystem", "Id"), ("Meter", "HemSystemId"), ("Inverter", "HemSystemId"), ("Battery", "HemSystemId") };

        protected override (string Parameter, string Value, IReadOnlyList<string> Allowed) Granularity =>
            (nameof(Resolution), Resolution, HemSystemStatisticsInterval.All);

        protected override IAsyncEnumerable<HemSystemStatisticsSample> Rows(EnodeClient client, string id, DateTime from, DateTime to, string granularity, CancellationToken cancellationToken) =>
            client.HemSystems.StreamStatisticsAsync(id, from, to, granularity, cancellationToken);
    }
}
