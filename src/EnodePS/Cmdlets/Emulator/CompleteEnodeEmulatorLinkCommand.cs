using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Net.Http;
using EnodePS.Completers;
using EnodePS.Client;
using EnodePS.Client.Errors;
using EnodePS.Client.Json;
using EnodePS.Client.Validation;
using EnodePS.Connections;
using EnodePS.Emulator;
using EnodePS.Emulator.Handlers;
using EnodePS.Emulator.State;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Emulator
{
    /// <summary>
    /// <para type="synopsis">In the emulator, completes a link session as if the user had logged in at the vendor.</para>
    /// </summary>
    [Cmdlet(VerbsLifecycle.Complete, "EnodeEmulatorLink", HelpUri = HelpLinks.Cmdlets + "Complete-EnodeEmulatorLink.md", DefaultParameterSetName = SessionSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(EmulatorLinkedDevice))]
    public sealed class CompleteEnodeEmulatorLinkCommand : ConnectedCmdlet
    {
        private const string SessionSet = "Session";
        private const string UserSet = "User";

        /// <summary>The session's token; binds the LinkToken of New-EnodeLinkSession's output.</summary>
        [Parameter(Mandatory = true, ParameterSetName = SessionSet, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string? LinkToken { get; set; }

        /// <summary>Links without a session, for this user (created if new).</summary>
        [Parameter(Mandatory = true, ParameterSetName = UserSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(UserIdCompleter))]
        public string? UserId { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = UserSet)]
        [Alias("VendorType")]
        [ValidateSet("vehicle", "charger", "hvac", "inverter", "battery", "meter", IgnoreCase = true)]
        [ArgumentCompleter(typeof(VendorTypeCompleter))]
        public string? DeviceType { get; set; }

        [Parameter(ParameterSetName = UserSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(VendorCompleter))]
        public string? Vendor { get; set; }

        /// <summary>How many devices the user has at the vendor, from 1 to 10.</summary>
        [Parameter]
        [ValidateRange(1, LinkCompleter.MaxDevices)]
        public int DeviceCount { get; set; } = 1;

        protected override void Process()
        {
            var vendorType = DeviceType == null ? null : AssetTypes.Check(DeviceType, AssetTypes.Linkable, nameof(DeviceType));
            var vendor = Vendor == null ? null : Vendors.Canonical(Vendor, nameof(Vendor));
            var connection = ActiveConnection;
            if (connection.Environment == EnodeEnvironment.Production || connection.Environment == EnodeEnvironment.Sandbox)
                Terminate(ErrorMapper.Record(
                    new InvalidOperationException($"Complete-EnodeEmulatorLink works only with the EnodePS emulator; the connection '{connection.Name}' is to {connection.Environment}, where users complete links themselves in Link UI."),
                    "EnodeNotEmulator", ErrorCategory.InvalidOperation, connection.Name, "Connect with Connect-Enode -Environment Emulator."));

            var target = LinkToken != null ? "link session " + LinkToken : $"{vendor ?? "a vendor"} {vendorType} for user {UserId}";
            if (!ShouldProcess(target, "Complete the link as if the user had logged in at the vendor")) return;

            var devices = connection.Emulator != null ? InProcess(connection.Emulator, vendorType, vendor) : OverHttp(connection, vendorType, vendor);
            foreach (var device in devices) Output(device);
        }

        private IReadOnlyList<EmulatorLinkedDevice> InProcess(EnodeEmulator emulator, string? vendorType, string? vendor)
        {
            try
            {
                return LinkToken != null ? emulator.CompleteLink(LinkToken, DeviceCount) : emulator.CompleteLink(UserId!, vendorType!, vendor, DeviceCount);
            }
            catch (EmulatorLinkException ex)
            {
                // The same error the HTTP route's problem answer would give.
                throw new EnodeApiException(ex.Status, "POST", LinkHandlers.CompletePath,
                    new ProblemDetails { Type = EnodePS.Emulator.Routing.Problems.TypeBase + ex.Slug, Title = ex.Title, Detail = ex.Message });
            }
        }

        /// <summary>A loopback emulator is driven through its emulator-only route.</summary>
        private IReadOnlyList<EmulatorLinkedDevice> OverHttp(EnodeConnection connection, string? vendorType, string? vendor)
        {
            var body = new JsonRecord();
            if (LinkToken != null) body.Add("linkToken", LinkToken);
            else
            {
                body.Add("userId", UserId);
                body.Add("vendorType", vendorType);
                if (vendor != null) body.Add("vendor", vendor);
            }
            body.Add("deviceCount", DeviceCount);
            var answer = Call(connection, (client, ct) => client.Raw.SendAsync(HttpMethod.Post, LinkHandlers.CompletePath, JsonTree.Serialize(body), ct));
            var devices = (JsonTree.Parse(answer.Body) as JsonRecord)?["devices"] as object?[]
                ?? throw new EnodeProtocolException("The emulator's answer to " + LinkHandlers.CompletePath + " has no devices: is the connection really to an EnodePS emulator?");
            return devices.OfType<JsonRecord>().Select(d => new EmulatorLinkedDevice(
                (string)d["id"]!, (string)d["userId"]!, (string)d["vendor"]!, (string)d["vendorType"]!, (bool)d["isNew"]!)).ToList();
        }
    }
}
