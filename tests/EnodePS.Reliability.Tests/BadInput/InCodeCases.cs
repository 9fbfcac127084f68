using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using EnodePS.Client;
using EnodePS.Client.Paging;
using EnodePS.Client.Resources;
using EnodePS.Cmdlets.Connections;
using EnodePS.Cmdlets.Devices;
using EnodePS.Cmdlets.Emulator;
using EnodePS.Cmdlets.Health;
using EnodePS.Cmdlets.HemSystems;
using EnodePS.Cmdlets.Integrations;
using EnodePS.Cmdlets.Interventions;
using EnodePS.Cmdlets.Inverters;
using EnodePS.Cmdlets.Requests;
using EnodePS.Cmdlets.Tests.Support;
using EnodePS.Infrastructure;
using EnodePS.Reliability.Tests.Support;

namespace EnodePS.Reliability.Tests.BadInput
{
    /// <summary>
    /// Every validation done in code (cmdlet or client) that a user can reach with a bad parameter value. Append a
    /// case for each new check (times as HH:mm, https-only webhook URLs, overlapping intervals, GUID formats, ...):
    /// <see cref="InCodeValidationTests"/> runs each one and asserts the error and that nothing was sent.
    /// </summary>
    public static class InCodeCases
    {
        private static readonly string[] DeviceTypeNames = DeviceTypes.All.ToArray();
        private static readonly DateTime May10 = new DateTime(2025, 5, 10);
        private static readonly DateTime May1 = new DateTime(2025, 5, 1);

        public static IReadOnlyList<BadInputCase> All { get; } = Build();

        public static BadInputCase Named(string name) => All.Single(c => c.Name == name);

        private static List<BadInputCase> Build()
        {
            var cases = new List<BadInputCase>
            {
                // Allowed-value lists checked against the client's list (PowerShell's ValidateSet is not there for .NET callers
                // nor for values that pass it by case, so the cmdlets check again and say what is allowed).
                new BadInputCase("Get-EnodeIntervention -VendorType boat", "VendorType", DeviceTypeNames,
                    _ => new GetEnodeInterventionCommand { VendorType = "boat" }),
                new BadInputCase("Get-EnodeIntervention -Language xx-XX", "Language", InterventionsResource.Languages.ToArray(),
                    _ => new GetEnodeInterventionCommand { Language = "xx-XX" }),
                new BadInputCase("Get-EnodeHealth -VendorType vehicle,boat", "VendorType", DeviceTypeNames,
                    _ => new GetEnodeHealthCommand { VendorType = new[] { "vehicle", "boat" } }),
                new BadInputCase("Get-EnodeIntegration -AssetType boat", "AssetType", DeviceTypeNames,
                    _ => new GetEnodeIntegrationCommand { AssetType = new[] { "boat" } }),
                new BadInputCase("Request-EnodeDataRefresh -Id x -Type boat", "Type", DeviceTypeNames,
                    c => new RequestEnodeDataRefreshCommand { Id = new[] { c.FirstId(s => s.Vehicles) }, Type = "boat" }),
                new BadInputCase("Request-EnodeDataRefresh -InputObject 'not a device'", "InputObject",
                    new[] { "Vehicle", "Charger", "Hvac", "Inverter", "Battery", "Meter" },
                    _ => new RequestEnodeDataRefreshCommand { InputObject = "not a device" }) { PerItem = true },

                // Statistics: resolution/interval and the order of the date range.
                new BadInputCase("Get-EnodeInverterStatistics -Resolution HOUR", "Resolution", InverterStatisticsResolution.All.ToArray(),
                    c => new GetEnodeInverterStatisticsCommand { Id = new[] { c.FirstId(s => s.Inverters) }, From = May1, Resolution = "HOUR" }),
                new BadInputCase("Get-EnodeInverterStatistics -From 2025-05-10 -To 2025-05-01", "To", new[] { "2025-05-10" },
                    c => new GetEnodeInverterStatisticsCommand { Id = new[] { c.FirstId(s => s.Inverters) }, From = May10, To = May1 }),
                new BadInputCase("Get-EnodeHemSystemStatistics -Interval WEEK", "Interval", HemSystemStatisticsInterval.All.ToArray(),
                    c => new GetEnodeHemSystemStatisticsCommand { Id = new[] { c.FirstId(s => s.HemSystems) }, From = May1, Interval = "WEEK" }),
                new BadInputCase("Get-EnodeHemSystemStatistics -From 2025-05-10 -To 2025-05-01", "To", new[] { "2025-05-10" },
                    c => new GetEnodeHemSystemStatisticsCommand { Id = new[] { c.FirstId(s => s.HemSystems) }, From = May10, To = May1 }),

                // Invoke-EnodeRequest: -All only pages GETs.
                new BadInputCase("Invoke-EnodeRequest /vehicles -Method POST -All", "All", new[] { "GET" },
                    _ => new InvokeEnodeRequestCommand { Path = "/vehicles", Method = "POST" }.With("All")),
                // Invoke-EnodeRequest: a body only with POST, PUT and PATCH, and a JSON text body must be JSON.
                new BadInputCase("Invoke-EnodeRequest /vehicles -Body @{ a = 1 }", "Body", new[] { "POST, PUT and PATCH", "-Query" },
                    _ => new InvokeEnodeRequestCommand { Path = "/vehicles", Body = new System.Collections.Hashtable { ["a"] = 1 } }),
                new BadInputCase("Invoke-EnodeRequest /webhooks -Method POST -Body '{'", "Body", new[] { "a JSON text" },
                    _ => new InvokeEnodeRequestCommand { Path = "/webhooks", Method = "POST", Body = "{" }),

                // Request options: ranges checked by the client's RequestOptions.
                new BadInputCase("Set-EnodeRequestOption (no option)", "MaxRetries", new[] { "-MaxRetries", "-MaxRetryWaitSeconds", "-TimeoutSeconds" },
                    _ => new SetEnodeRequestOptionCommand()),
                new BadInputCase("Set-EnodeRequestOption -MaxRetries 21", "MaxRetries", new[] { "0", RequestOptions.MaxRetriesLimit.ToString(CultureInfo.InvariantCulture) },
                    _ => new SetEnodeRequestOptionCommand { MaxRetries = RequestOptions.MaxRetriesLimit + 1 }),
                new BadInputCase("Set-EnodeRequestOption -MaxRetries -1", "MaxRetries", new[] { "0", RequestOptions.MaxRetriesLimit.ToString(CultureInfo.InvariantCulture) },
                    _ => new SetEnodeRequestOptionCommand { MaxRetries = -1 }),
                new BadInputCase("Set-EnodeRequestOption -MaxRetryWaitSeconds -1", "MaxRetryWaitSeconds", new[] { "from 0", "3600" },
                    _ => new SetEnodeRequestOptionCommand { MaxRetryWaitSeconds = -1 }),
                new BadInputCase("Set-EnodeRequestOption -MaxRetryWaitSeconds NaN", "MaxRetryWaitSeconds", new[] { "from 0", "3600" },
                    _ => new SetEnodeRequestOptionCommand { MaxRetryWaitSeconds = double.NaN }),
                new BadInputCase("Set-EnodeRequestOption -TimeoutSeconds 0", "TimeoutSeconds", new[] { "more than 0", "3600" },
                    _ => new SetEnodeRequestOptionCommand { TimeoutSeconds = 0 }),
                new BadInputCase("Set-EnodeRequestOption -TimeoutSeconds 3601", "TimeoutSeconds", new[] { "more than 0", "3600" },
                    _ => new SetEnodeRequestOptionCommand { TimeoutSeconds = 3601 }),

                // Start-EnodeEmulator: checked before anything listens.
                new BadInputCase("Start-EnodeEmulator -Port 70000", "Port", new[] { "1", "65535", "0" },
                    _ => new StartEnodeEmulatorCommand { Port = 70000 }),
                new BadInputCase("Start-EnodeEmulator -Port -1", "Port", new[] { "1", "65535", "0" },
                    _ => new StartEnodeEmulatorCommand { Port = -1 }),
                new BadInputCase("Start-EnodeEmulator -UserCount 0", "UserCount", new[] { "1 or more" },
                    _ => new StartEnodeEmulatorCommand { UserCount = 0 }),
                new BadInputCase("Start-EnodeEmulator -VehicleCount -1", "VehicleCount", new[] { "0 or more" },
                    _ => new StartEnodeEmulatorCommand { VehicleCount = -1 }),
                new BadInputCase("Start-EnodeEmulator -TokenLifetime 0", "TokenLifetime", new[] { "longer than zero" },
                    _ => new StartEnodeEmulatorCommand { TokenLifetime = TimeSpan.Zero }),
                new BadInputCase("Start-EnodeEmulator -ActionDelay -00:00:01", "ActionDelay", new[] { "zero or a longer duration" },
                    _ => new StartEnodeEmulatorCommand { ActionDelay = TimeSpan.FromSeconds(-1) }),
                new BadInputCase("Start-EnodeEmulator -ActionTimeout 0", "ActionTimeout", new[] { "longer than zero" },
                    _ => new StartEnodeEmulatorCommand { ActionTimeout = TimeSpan.Zero }),

                // Connect-Enode: combinations PowerShell's parameter sets cannot rule out.
                new BadInputCase("Connect-Enode -Emulator $e -ApiUrl ...", "ApiUrl", new[] { "-Emulator brings its own URLs" },
                    c => new ConnectEnodeCommand { Emulator = c.Running, ApiUrl = c.Session.Loopback.ApiUrl }),
                new BadInputCase("Connect-Enode -Emulator $e -Environment Sandbox", "Environment", new[] { "Emulator" },
                    c => new ConnectEnodeCommand { Emulator = c.Running, Environment = "Sandbox" }),
                new BadInputCase("Connect-Enode -Emulator $stopped", "Emulator", new[] { "Start-EnodeEmulator" },
                    c => new ConnectEnodeCommand { Emulator = c.Stopped }),
                new BadInputCase("Connect-Enode -ClientId ... -ClientSecret ... -ApiUrl ... (no -TokenUrl)", "TokenUrl", new[] { "-ApiUrl", "-TokenUrl" },
                    c => new ConnectEnodeCommand { ClientId = c.Emulator.ClientId, ClientSecret = SecureStrings.FromPlain(c.Emulator.RevealClientSecret()), ApiUrl = c.Session.Loopback.ApiUrl }),
                new BadInputCase("$env:ENODE_ENVIRONMENT = 'Staging'; Connect-Enode", "Environment", new[] { "Production", "Sandbox", "Emulator" },
                    _ => new ConnectEnodeCommand())
                {
                    Arrange = host => host.Environment[ConnectEnodeCommand.EnvironmentVariable] = "Staging",
                },
                new BadInputCase("Connect-Enode -Credential (empty user name)", "Credential", new[] { "client id" },
                    c => new ConnectEnodeCommand
                    {
                        Credential = new PSCredential("ignored", new System.Security.SecureString()),
                        ApiUrl = c.Session.Loopback.ApiUrl,
                        TokenUrl = c.Session.Loopback.TokenUrl,
                        ReadCredential = _ => ("", SecureStrings.FromPlain(c.Emulator.RevealClientSecret())),
                    }),
            };

            // The webhook and tariff cmdlets' checks, when those cmdlets are in this build.
            cases.AddRange(InCodeCasesByName.All());

            // Every list cmdlet (found by reflection, so new ones are covered): the client's paging options check -PageSize.
            foreach (var type in CmdletMetadata.CmdletTypes(typeof(EnodeCmdlet).Assembly).Where(IsListCmdlet).OrderBy(t => t.Name, StringComparer.Ordinal))
            {
                var name = CmdletMetadata.Read(type).Name;
                foreach (var pageSize in new[] { 0, PageOptions.MaxPageSize + 1 })
                    cases.Add(new BadInputCase($"{name} -PageSize {pageSize}", "PageSize", new[] { "1", PageOptions.MaxPageSize.ToString(CultureInfo.InvariantCulture) },
                        context => WithPageSize(type, pageSize, context)) { ParameterSet = "List" });
            }
            return cases;
        }

        private static bool IsListCmdlet(Type type)
        {
            for (var t = type.BaseType; t != null; t = t.BaseType)
                if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(ListCmdlet<>)) return true;
            return false;
        }

        /// <summary>The list cmdlet with its List set's mandatory parameters (a user id, say) filled, and the bad page size.</summary>
        private static EnodeCmdlet WithPageSize(Type type, int pageSize, BadInputContext context)
        {
            var cmdlet = (EnodeCmdlet)Activator.CreateInstance(type)!;
            var missing = ParameterFiller.Fill(cmdlet, CmdletMetadata.Read(type), "List", context);
            if (missing != null) throw new InvalidOperationException($"{type.Name}: {missing}");
            type.GetProperty("PageSize")!.SetValue(cmdlet, pageSize);
            return cmdlet;
        }
    }
}
