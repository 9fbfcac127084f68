using System.Collections.Generic;
using System.Management.Automation;
using EnodePS.Completers;
using EnodePS.Client.Validation;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Users
{
    /// <summary>
    /// <para type="synopsis">Disconnects a vendor (or one of its asset types) from a user, removing those devices.</para>
    /// </summary>
    [Cmdlet(VerbsCommunications.Disconnect, "EnodeVendor", HelpUri = HelpLinks.Cmdlets + "Disconnect-EnodeVendor.md", DefaultParameterSetName = OneTypeSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class DisconnectEnodeVendorCommand : ConnectedCmdlet
    {
        private const string OneTypeSet = "OneType";
        private const string AllTypesSet = "AllTypes";
        private const string InputObjectSet = "InputObject";
        private static readonly string[] DeviceKinds = { "Vehicle", "Charger", "Hvac", "Inverter", "Battery", "Meter" };

        /// <summary>The user; with piped linked-vendor objects (Get-EnodeUser's LinkedVendors), the user they belong to.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = OneTypeSet)]
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = AllTypesSet)]
        [Parameter(ParameterSetName = InputObjectSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(UserIdCompleter))]
        public string? UserId { get; set; }

        /// <summary>The vendor, e.g. TESLA.</summary>
        [Parameter(Mandatory = true, Position = 1, ParameterSetName = OneTypeSet)]
        [Parameter(Mandatory = true, Position = 1, ParameterSetName = AllTypesSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(VendorCompleter))]
        public string? Vendor { get; set; }

        /// <summary>The asset type of the vendor to disconnect; the vendor's other types stay linked.</summary>
        [Parameter(Mandatory = true, ParameterSetName = OneTypeSet)]
        [Alias("VendorType")]
        [ValidateSet("vehicle", "charger", "hvac", "inverter", "battery", "meter", IgnoreCase = true)]
        [ArgumentCompleter(typeof(VendorTypeCompleter))]
        public string? DeviceType { get; set; }

        /// <summary>Disconnects every asset type of the vendor (vehicles, chargers, ... all of them): say so explicitly.</summary>
        [Parameter(Mandatory = true, ParameterSetName = AllTypesSet)]
        public SwitchParameter AllVendorTypes { get; set; }

        /// <summary>
        /// A device (its user, vendor and type: only that type of the vendor is disconnected) or a linked vendor from
        /// Get-EnodeUser's LinkedVendors (with -UserId).
        /// </summary>
        [Parameter(Mandatory = true, ParameterSetName = InputObjectSet, ValueFromPipeline = true)]
        [ValidateNotNull]
        public PSObject? InputObject { get; set; }

        protected override void Process()
        {
            string? userId = UserId, vendorName = Vendor, type = DeviceType;
            if (ParameterSetName == InputObjectSet)
            {
                var rules = new List<PipelineRule>();
                foreach (var kind in DeviceKinds)
                    rules.Add(PipelineRule.For(kind, "UserId", "-UserId, -Vendor and -DeviceType " + kind.ToLowerInvariant(), id =>
                    {
                        userId = id;
                        vendorName = PipelineObjects.Property(InputObject!, "Vendor");
                        type = kind.ToLowerInvariant();
                    }));
                rules.Add(PipelineRule.For("LinkedVendor", "Vendor", "-Vendor and -DeviceType", name =>
                {
                    vendorName = name;
                    type = PipelineObjects.Property(InputObject!, "VendorType");
                }));
                if (!BindInput(InputObject!, rules)) return;
                if (string.IsNullOrEmpty(userId))
                    InvalidParameter(nameof(UserId), null, "a linked vendor does not say whose it is: pass -UserId.");
                if (string.IsNullOrEmpty(type))
                    InvalidParameter(nameof(DeviceType), null, "the piped object does not say which asset type to disconnect.");
            }

            var vendor = Vendors.Canonical(vendorName!, nameof(Vendor));
            var vendorType = AllVendorTypes.IsPresent ? null : AssetTypes.Check(type!, AssetTypes.Linkable, nameof(DeviceType));
            var connection = ActiveConnection;
            var target = $"{vendor} {(vendorType == null ? "(every asset type)" : vendorType)} of user {userId}";
            if (!ShouldProcess(target, "Disconnect the vendor and remove its devices")) return;
            TryCall(target, () => Call(connection, (client, ct) => client.Users.DisconnectVendorAsync(userId!, vendor, vendorType, ct).Done()));
        }
    }
}
