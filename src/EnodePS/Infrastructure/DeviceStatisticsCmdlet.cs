using System;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using System.Threading;
using EnodePS.Client;

namespace EnodePS.Infrastructure
{
    /// <summary>
    /// Statistics rows of devices over a range of local days: -StartTime, -EndTime, the granularity the derived cmdlet names,
    /// both checked before any request; then every row of every -Id, a failing id reported and the others still read.
    /// </summary>
    public abstract class DeviceStatisticsCmdlet<TRow> : ConnectedCmdlet
    {
        protected const string ByIdSet = "ById";
        protected const string InputObjectSet = "InputObject";
        private IReadOnlyList<PipelineRule>? _rules;
        private string? _pipedId;

        /// <summary>A device of the derived cmdlet's kinds (see docs/pipelines.md) or its id; any other object is refused.</summary>
        [Parameter(Mandatory = true, ParameterSetName = InputObjectSet, ValueFromPipeline = true)]
        [ValidateNotNull]
        public PSObject? InputObject { get; set; }

        /// <summary>The kinds of piped object the cmdlet takes and the property each gives to -Id: ("Inverter", "Id").</summary>
        private protected abstract IEnumerable<(string Kind, string Property)> PipedKinds { get; }
        /// <summary>The first day, in the device's local time.</summary>
        [Parameter(Mandatory = true, Position = 1)]
        [Alias("StartDate", "From", "Date")]
        public DateTime StartTime { get; set; }

        /// <summary>The last day (included); the -StartTime day when omitted.</summary>
        [Parameter(Position = 2)]
        [Alias("EndDate", "To")]
        public DateTime? EndTime { get; set; }

        private string _granularity = "";

        protected abstract string[]? Ids { get; }

        /// <summary>The granularity parameter's name, the value given, and the values allowed.</summary>
        protected abstract (string Parameter, string Value, IReadOnlyList<string> Allowed) Granularity { get; }

        protected abstract IAsyncEnumerable<TRow> Rows(EnodeClient client, string id, DateTime from, DateTime to, string granularity, CancellationToken cancellationToken);

        protected override void Begin()
        {
            var (parameter, value, allowed) = Granularity;
            if (!AllowedValues.TryNormalize(value, allowed, out _granularity))
                InvalidParameter(parameter, value, "allowed values are " + string.Join(", ", allowed) + ".");
            if (!DateRange.IsOrdered(StartTime, EndTime ?? StartTime))
                InvalidParameter(nameof(EndTime), EndTime?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), $"it must be on or after -StartTime ({StartTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}).");
        }

        protected override void Process()
        {
            var ids = Ids ?? Array.Empty<string>();
            if (ParameterSetName == InputObjectSet)
            {
                if (!BindInput(InputObject!, _rules ??= Rules())) return;
                ids = new[] { _pipedId! };
            }
            var connection = ActiveConnection;
            foreach (var id in ids)
                TryCall(id, () =>
                {
                    foreach (var row in Stream(connection, (client, ct) => Rows(client, id, StartTime, EndTime ?? StartTime, _granularity, ct)))
                        Output(row);
                });
        }
    

        private List<PipelineRule> Rules()
        {
            var rules = new List<PipelineRule>();
            foreach (var (kind, property) in PipedKinds) rules.Add(PipelineRule.For(kind, property, "-Id", id => _pipedId = id));
            rules.Add(PipelineRule.String("-Id", id => _pipedId = id));
            return rules;
        }
    }
}
