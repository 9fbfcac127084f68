using System.Management.Automation;
using EnodePS.Completers;
using EnodePS.Client.Validation;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Users
{
    /// <summary>
    /// <para type="synopsis">Disconnects a vendor (or one of its asset types) from a user, removing those devices.</para>
    /// </summary>
    [Cmdlet(VerbsCommunications.Disconnect, "EnodeVendor", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(void))]
    public sealed class DisconnectEnodeVendorCommand : ConnectedCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(UserIdCompleter))]
        public string? UserId { get; set; }

        /// <summary>The vendor, e.g. TESLA; binds the Vendor of linked-vendor objects from Get-EnodeUser.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(VendorCompleter))]
        public string? Vendor { get; set; }

        /// <summary>Only this asset type of the vendor; all of them when left out.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("VendorType")]
        [ValidateSet("vehicle", "charger", "hvac", "inverter", "battery", "meter", IgnoreCase = true)]
        [ArgumentCompleter(typeof(VendorTypeCompleter))]
        public string? DeviceType { get; set; }

        protected override void Process()
        {
            var vendor = Vendors.Canonical(Vendor!, nameof(Vendor));
            var vendorType = DeviceType == null ? null : AssetTypes.Check(DeviceType, AssetTypes.Linkable, nameof(DeviceType));
            var connection = ActiveConnection;
            var userId = UserId!;
            var target = $"{vendor} {(vendorType == null ? "(every type)" : vendorType)} of user {userId}";
            if (!ShouldProcess(target, "Disconnect the vendor and remove its devices")) return;
            TryCall(target, () => Call(connection, (client, ct) => client.Users.DisconnectVendorAsync(userId, vendor, vendorType, ct).Done()));
        }
    }
}
