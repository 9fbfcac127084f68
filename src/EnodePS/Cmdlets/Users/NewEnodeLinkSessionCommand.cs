using System.Management.Automation;
using EnodePS.Completers;
using EnodePS.Client.Models;
using EnodePS.Client.Validation;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Users
{
    /// <summary>
    /// <para type="synopsis">Creates a link session: a Link UI address where a user links their vendor account.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.New, "EnodeLinkSession", HelpUri = HelpLinks.Cmdlets + "New-EnodeLinkSession.md", DefaultParameterSetName = ByIdSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(LinkSession))]
    public sealed class NewEnodeLinkSessionCommand : ConnectedCmdlet
    {
        private const string ByIdSet = "ById";
        private const string InputObjectSet = "InputObject";

        /// <summary>An object from the pipeline, bound by its type (see docs/pipelines.md).</summary>
        [Parameter(Mandatory = true, ParameterSetName = InputObjectSet, ValueFromPipeline = true)]
        [ValidateNotNull]
        public PSObject? InputObject { get; set; }

        /// <summary>Your id for the user; the API creates the user if it is new.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ByIdSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(UserIdCompleter))]
        public string? UserId { get; set; }

        /// <summary>Skips Link UI's brand selection, e.g. TESLA.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(VendorCompleter))]
        public string? Vendor { get; set; }

        [Parameter]
        [Alias("VendorType")]
        [ValidateSet("vehicle", "charger", "hvac", "inverter", "battery", "meter", IgnoreCase = true)]
        [ArgumentCompleter(typeof(VendorTypeCompleter))]
        public string? DeviceType { get; set; }

        /// <summary>The scopes to ask for; each asset type needs its read:data scope.</summary>
        [Parameter(Mandatory = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ScopeCompleter))]
        public string[]? Scope { get; set; }

        [Parameter]
        [ValidateSet("browser", "da-DK", "de-DE", "en-US", "en-GB", "es-ES", "fi-FI", "fr-FR", "it-IT", "ja-JP", "lv-LV", "lt-LT",
            "nb-NO", "nl-NL", "nl-BE", "pl-PL", "pt-PT", "ro-RO", "sv-SE", IgnoreCase = true)]
        [ArgumentCompleter(typeof(LanguageCompleter))]
        public string Language { get; set; } = "browser";

        /// <summary>Where Link UI sends the user when they are done.</summary>
        [Parameter(Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string? RedirectUri { get; set; }

        [Parameter]
        [ValidateSet("system", "light", "dark", IgnoreCase = true)]
        public string? ColorScheme { get; set; }

        protected override void Process()
        {
            if (ParameterSetName == InputObjectSet &&
                !BindInput(InputObject!, PipelineRule.ForUser("-UserId", id => UserId = id, fromOwnedObjects: true))) return;
            var vendorType = DeviceType == null ? null : AssetTypes.Check(DeviceType, AssetTypes.Linkable, nameof(DeviceType));
            var request = new LinkSessionRequest
            {
                Vendor = Vendor == null ? null : Vendors.Canonical(Vendor, nameof(Vendor)),
                VendorType = vendorType,
                Scopes = LinkScopes.Check(Scope, vendorType, nameof(Scope)),
                Language = LinkUi.Language(Language, nameof(Language)),
                RedirectUri = LinkUi.RedirectUri(RedirectUri!, nameof(RedirectUri)),
                ColorScheme = ColorScheme == null ? null : LinkUi.ColorScheme(ColorScheme, nameof(ColorScheme)),
            };
            var connection = ActiveConnection;
            if (!ShouldProcess(UserId!, "Create a link session")) return;
            Output(Call(connection, (client, ct) => client.Users.LinkAsync(UserId!, request, ct)));
        }
    }
}
