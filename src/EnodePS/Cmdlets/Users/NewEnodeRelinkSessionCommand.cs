using System.Linq;
using System.Management.Automation;
using EnodePS.Client.Models;
using EnodePS.Client.Validation;
using EnodePS.Completers;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Users
{
    /// <summary>
    /// <para type="synopsis">Creates a relink session for a device whose vendor credentials have stopped working.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.New, "EnodeRelinkSession", HelpUri = HelpLinks.Cmdlets + "New-EnodeRelinkSession.md", DefaultParameterSetName = ByIdSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(LinkSession))]
    public sealed class NewEnodeRelinkSessionCommand : ConnectedCmdlet
    {
        private const string ByIdSet = "ById";
        private const string InputObjectSet = "InputObject";

        /// <summary>Device kinds whose vendor link can be renewed (the API's linked assets).</summary>
        private static readonly string[] LinkedDevices = { "Vehicle", "Charger", "Hvac", "Battery", "Inverter", "Meter" };

        /// <summary>The device's id.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ByIdSet)]
        [Alias("AssetId")]
        [ValidateNotNullOrEmpty]
        public string? Id { get; set; }

        /// <summary>A vehicle, charger, HVAC, battery, inverter or meter (its Id), or a device id string from the pipeline (see docs/pipelines.md).</summary>
        [Parameter(Mandatory = true, ParameterSetName = InputObjectSet, ValueFromPipeline = true)]
        [ValidateNotNull]
        public PSObject? InputObject { get; set; }

        [Parameter]
        [ValidateSet("browser", "da-DK", "de-DE", "en-US", "en-GB", "es-ES", "fi-FI", "fr-FR", "it-IT", "ja-JP", "lv-LV", "lt-LT",
            "nb-NO", "nl-NL", "nl-BE", "pl-PL", "pt-PT", "ro-RO", "sv-SE", IgnoreCase = true)]
        [ArgumentCompleter(typeof(LanguageCompleter))]
        public string? Language { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? RedirectUri { get; set; }

        [Parameter]
        [ValidateSet("system", "light", "dark", IgnoreCase = true)]
        public string? ColorScheme { get; set; }

        protected override void Process()
        {
            if (ParameterSetName == InputObjectSet)
            {
                var rules = LinkedDevices.Select(kind => PipelineRule.For(kind, "Id", "-Id", id => Id = id)).Append(PipelineRule.String("-Id", id => Id = id));
                if (!BindInput(InputObject!, rules.ToList())) return;
            }
            var request = new RelinkSessionRequest
            {
                Language = Language == null ? null : LinkUi.Language(Language, nameof(Language)),
                RedirectUri = RedirectUri == null ? null : LinkUi.RedirectUri(RedirectUri, nameof(RedirectUri)),
                ColorScheme = ColorScheme == null ? null : LinkUi.ColorScheme(ColorScheme, nameof(ColorScheme)),
            };
            var connection = ActiveConnection;
            var id = Id!;
            if (!ShouldProcess(id, "Create a relink session")) return;
            TryCall(id, () => Output(Call(connection, (client, ct) => client.Users.RelinkAsync(id, request, ct))));
        }
    }
}
