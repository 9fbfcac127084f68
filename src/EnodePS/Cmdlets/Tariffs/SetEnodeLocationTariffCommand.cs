using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using EnodePS.Completers;
using EnodePS.Client.Errors;
using EnodePS.Client.Json;
using EnodePS.Client.Models;
using EnodePS.Client.Provisioning;
using EnodePS.Client.Tariffs;
using EnodePS.Cmdlets.Provisioning;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Tariffs
{
    /// <summary>
    /// <para type="synopsis">Links a tariff to a location with a weekly schedule of its rates, checked before it is sent.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "EnodeLocationTariff", HelpUri = HelpLinks.Cmdlets + "Set-EnodeLocationTariff.md", DefaultParameterSetName = IntervalsSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(LocationTariffEntry))]
    public sealed class SetEnodeLocationTariffCommand : ConnectedCmdlet
    {
        private const string IntervalsSet = "Intervals";
        private const string PathSet = "Path";
        private const string InputIntervalsSet = "InputObjectIntervals";
        private const string InputPathSet = "InputObjectPath";
        private readonly List<object?> _intervals = new List<object?>();

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = IntervalsSet)]
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = PathSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(LocationIdCompleter))]
        public string? LocationId { get; set; }

        /// <summary>A location (its Id) or a location id string from the pipeline (see docs/pipelines.md); each gets the schedule.</summary>
        [Parameter(Mandatory = true, ParameterSetName = InputIntervalsSet, ValueFromPipeline = true)]
        [Parameter(Mandatory = true, ParameterSetName = InputPathSet, ValueFromPipeline = true)]
        [ValidateNotNull]
        public PSObject? InputObject { get; set; }

        [Parameter(Mandatory = true, Position = 1)]
        [ValidateNotNullOrEmpty]
        public string? TariffId { get; set; }

        /// <summary>
        /// The intervals: objects with Name, From, To (HH:mm) and optional Weekdays (0 = Monday, names, ranges such as
        /// Mon-Fri), from the parameter or, with -LocationId, the pipeline (hashtables, Import-Csv rows).
        /// </summary>
        [Parameter(Mandatory = true, Position = 2, ParameterSetName = IntervalsSet, ValueFromPipeline = true)]
        [Parameter(Mandatory = true, ParameterSetName = InputIntervalsSet)]
        [ValidateNotNull]
        public object? Interval { get; set; }

        /// <summary>A .json or .psd1 file holding the intervals (a list, or an object with intervals).</summary>
        [Parameter(Mandatory = true, ParameterSetName = PathSet)]
        [Parameter(Mandatory = true, ParameterSetName = InputPathSet)]
        [ValidateNotNullOrEmpty]
        public string? Path { get; set; }

        /// <summary>Outputs the schedule as the API has it afterwards.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        private bool FromPath => ParameterSetName == PathSet || ParameterSetName == InputPathSet;

        protected override void Process()
        {
            if (ParameterSetName == IntervalsSet && Interval != null) _intervals.Add(PowerShellValues.ToPlain(Interval));
            if (InputObject == null) return;
            if (!BindInput(InputObject, PipelineRule.ForKind("Location", "-LocationId", id => LocationId = id))) return;
            Link(FromPath ? null : new List<object?> { PowerShellValues.ToPlain(Interval) });
        }

        protected override void End()
        {
            if (InputObject == null) Link(FromPath ? null : _intervals);
        }

        /// <summary>Links the tariff to -LocationId with these intervals (null: those of -Path).</summary>
        private void Link(List<object?>? intervalInput)
        {
            var parameter = FromPath ? nameof(Path) : nameof(Interval);
            List<TariffInterval> intervals = null!;
            try
            {
                intervals = intervalInput == null ? FromFile() : TariffIntervals.Read(intervalInput, parameter);
                TariffSchedule.Validate(intervals, TariffId!, null, parameter);
            }
            catch (ArgumentException ex)
            {
                InvalidParameter(parameter, FromPath ? Path : "(intervals)", ArgumentMessages.WithoutParameterName(ex));
            }
            catch (ProvisioningFileException ex)
            {
                Terminate(ErrorMapper.Record(ex, "EnodeDataFileInvalid", ErrorCategory.InvalidData, Path));
            }

            var connection = ActiveConnection;
            var tariff = Call(connection, (client, ct) => client.Tariffs.FindAsync(TariffId!, ct));
            if (tariff == null)
                Terminate(ErrorMapper.Record(new ArgumentException($"Tariff '{TariffId}' does not exist: create it first with Set-EnodeTariff.", nameof(TariffId)),
                    "EnodeTariffNotFound", ErrorCategory.ObjectNotFound, TariffId));
            var rateNames = tariff!.Rates.Select(r => r.Name).ToList();
            try
            {
                TariffSchedule.Validate(intervals, TariffId!, rateNames, parameter);
            }
            catch (ArgumentException ex)
            {
                InvalidParameter(parameter, FromPath ? Path : "(intervals)", ArgumentMessages.WithoutParameterName(ex));
            }

            if (!ShouldProcess("location " + LocationId, $"Link tariff {TariffId}: " + string.Join(", ", intervals))) return;
            Call(connection, async (client, ct) =>
            {
                await client.Tariffs.SetLocationTariffAsync(LocationId!, TariffId!, intervals, rateNames, ct).ConfigureAwait(false);
                return true;
            });
            if (!PassThru.IsPresent) return;
            foreach (var entry in Call(connection, (client, ct) => client.Tariffs.GetLocationTariffAsync(LocationId!, ct))) Output(entry);
        }

        private List<TariffInterval> FromFile() => TariffIntervals.ReadFile(DataFile.Read(this, Path!), TariffId!, nameof(Path));
    }
}
