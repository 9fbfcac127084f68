using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using EnodePS.Completers;
using EnodePS.Client;
using EnodePS.Client.Models;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Inverters
{
    /// <summary>
    /// <para type="synopsis">Gets the solar production of inverters over a range of days, one row per quarter hour or per day.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "EnodeInverterStatistics", HelpUri = HelpLinks.Cmdlets + "Get-EnodeInverterStatistics.md", DefaultParameterSetName = ByIdSet)]
    [OutputType(typeof(InverterStatisticsSample))]
    public sealed class GetEnodeInverterStatisticsCommand : DeviceStatisticsCmdlet<InverterStatisticsSample>
    {
        /// <summary>Inverter ids.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByIdSet, Position = 0)]
        [Alias("InverterId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(InverterIdCompleter))]
        public string[]? Id { get; set; }

        /// <summary>QUARTER_HOUR (one request per day) or DAY (one request per month).</summary>
        [Parameter]
        [ValidateSet(InverterStatisticsResolution.QuarterHour, InverterStatisticsResolution.Day, IgnoreCase = true)]
        public string Resolution { get; set; } = InverterStatisticsResolution.QuarterHour;

        protected override string[]? Ids => Id;

        private protected override IEnumerable<(string Kind, string Property)> PipedKinds => new[] { ("Inverter", "Id") };

        protected override (string Parameter, string Value, IReadOnlyList<string> Allowed) Granularity =>
            (nameof(Resolution), Resolution, InverterStatisticsResolution.All);

        protected override IAsyncEnumerable<InverterStatisticsSample> Rows(EnodeClient client, string id, DateTime from, DateTime to, string granularity, CancellationToken cancellationToken) =>
            client.Inverters.StreamStatisticsAsync(id, from, to, granularity, cancellationToken);
    }
}
