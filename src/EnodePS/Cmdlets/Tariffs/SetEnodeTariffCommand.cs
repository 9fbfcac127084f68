using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
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
    /// <para type="synopsis">Creates or replaces a tariff's named rates (prices per kWh).</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "EnodeTariff", HelpUri = HelpLinks.Cmdlets + "Set-EnodeTariff.md", DefaultParameterSetName = RatesSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Tariff))]
    public sealed class SetEnodeTariffCommand : ConnectedCmdlet
    {
        private const string RatesSet = "Rates";
        private const string PathSet = "Path";
        private const string InputObjectSet = "InputObject";
        private readonly List<object?> _rates = new List<object?>();

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = RatesSet)]
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = PathSet)]
        [Alias("TariffId")]
        [ValidateNotNullOrEmpty]
        public string? Id { get; set; }

        /// <summary>
        /// A tariff (its Id; its Rates too when neither -Rate nor -Path is given) or a tariff id string from the
        /// pipeline (see docs/pipelines.md).
        /// </summary>
        [Parameter(Mandatory = true, ParameterSetName = InputObjectSet, ValueFromPipeline = true)]
        [ValidateNotNull]
        public PSObject? InputObject { get; set; }

        /// <summary>
        /// The rates: objects with Name and Cost (hashtables, Import-Csv rows, Get-EnodeTariff's rates) from the
        /// parameter or, with -Id, the pipeline, or one hashtable of name = cost. Costs are numbers or decimal strings with a dot.
        /// </summary>
        [Parameter(Mandatory = true, Position = 1, ParameterSetName = RatesSet, ValueFromPipeline = true)]
        [Parameter(ParameterSetName = InputObjectSet)]
        [ValidateNotNull]
        public object? Rate { get; set; }

        /// <summary>A .json or .psd1 file holding the rates (a list of name/cost, a map of name = cost, or an object with rates).</summary>
        [Parameter(Mandatory = true, ParameterSetName = PathSet)]
        [Parameter(ParameterSetName = InputObjectSet)]
        [ValidateNotNullOrEmpty]
        public string? Path { get; set; }

        /// <summary>Writes the tariff as it is after the change.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void Process()
        {
            if (ParameterSetName != InputObjectSet)
            {
                if (ParameterSetName == RatesSet && Rate != null) _rates.Add(PowerShellValues.ToPlain(Rate));
                return;
            }
            if (Rate != null && Path != null) InvalidParameter(nameof(Path), Path, "give either -Rate or -Path, not both.");
            if (!BindInput(InputObject!, PipelineRule.ForKind("Tariff", "-Id", id => Id = id))) return;
            var own = Rate == null && Path == null ? InputObject!.Properties["Rates"]?.Value : null;
            if (Rate == null && Path == null && own == null)
                InvalidParameter(nameof(Rate), Id, "give the rates with -Rate or -Path (an id string carries none).");
            Send(Rate != null ? new List<object?> { PowerShellValues.ToPlain(Rate) } : own != null ? new List<object?> { PowerShellValues.ToPlain(own) } : null);
        }

        protected override void End()
        {
            if (ParameterSetName != InputObjectSet) Send(ParameterSetName == PathSet ? null : _rates);
        }

        /// <summary>Sets the rates of -Id: these (null: those of -Path).</summary>
        private void Send(List<object?>? rateInput)
        {
            var rates = ReadRates(rateInput);
            var connection = ActiveConnection;
            if (!ShouldProcess("tariff " + Id, "Set rates " + string.Join(", ", rates))) return;
            var tariff = Call(connection, (client, ct) => client.Tariffs.SetAsync(Id!, rates, ct));
            if (PassThru.IsPresent) Output(tariff);
        }

        private List<TariffRate> ReadRates(List<object?>? rateInput)
        {
            try
            {
                return rateInput == null ? FromFile() : TariffRates.Read(rateInput, nameof(Rate));
            }
            catch (ArgumentException ex)
            {
                InvalidParameter(rateInput == null ? nameof(Path) : nameof(Rate), rateInput == null ? Path : "(rates)",
                    ArgumentMessages.WithoutParameterName(ex));
                throw;
            }
            catch (ProvisioningFileException ex)
            {
                Terminate(ErrorMapper.Record(ex, "EnodeDataFileInvalid", ErrorCategory.InvalidData, Path));
                throw;
            }
        }

        private List<TariffRate> FromFile() => TariffRates.ReadFile(DataFile.Read(this, Path!), Id!, nameof(Path));
    }
}
