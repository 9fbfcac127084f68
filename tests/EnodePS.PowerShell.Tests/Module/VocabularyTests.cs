using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using EnodePS.Client.Models;
using EnodePS.PowerShell.Tests.Support;

namespace EnodePS.PowerShell.Tests.Module
{
    /// <summary>
    /// The parameter vocabulary of docs/conventions.md, enforced over every cmdlet as `Get-Command -Module EnodePS`
    /// shows it: one name per concept (the other names only as aliases), durations in seconds, switches for on/off,
    /// -PassThru on Set-/Remove-, -Connection on every cmdlet that talks to Enode; and the old names still bind.
    /// </summary>
    public class VocabularyTests
    {
        public static IEnumerable<object[]> Cmdlets() => ModuleCommands.Names();

        /// <summary>Names that mean a vocabulary term: a parameter may carry them as aliases, never as its name.</summary>
        private static readonly IReadOnlyDictionary<string, string> Synonyms = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["From"] = "StartTime", ["StartDate"] = "StartTime", ["Start"] = "StartTime", ["Since"] = "StartTime", ["Begin"] = "StartTime",
            ["FromDate"] = "StartTime", ["Date"] = "StartTime",
            ["To"] = "EndTime", ["EndDate"] = "EndTime", ["End"] = "EndTime", ["Until"] = "EndTime", ["ToDate"] = "EndTime",
            ["Interval"] = "Resolution", ["Granularity"] = "Resolution", ["TimeGrain"] = "Resolution", ["Period"] = "Resolution",
            ["Type"] = "DeviceType", ["VendorType"] = "DeviceType", ["AssetType"] = "DeviceType", ["AssetTypes"] = "DeviceType",
            ["TargetType"] = "DeviceType", ["Kind"] = "DeviceType",
            ["TargetId"] = "DeviceId", ["AssetId"] = "DeviceId",
            ["Timeout"] = "TimeoutSeconds", ["TimeoutSec"] = "TimeoutSeconds",
            ["Enable"] = "Enabled", ["IsEnabled"] = "Enabled",
        };

        /// <summary>Parameters named like a synonym that mean something else, each with the reason.</summary>
        private static readonly IReadOnlyDictionary<(string Cmdlet, string Parameter), string> OtherMeanings = new Dictionary<(string, string), string>
        {
            [("Set-EnodeLocationTariff", "Interval")] = "the tariff's time-of-use intervals (the API's field), not a granularity",
        };

        /// <summary>Words that make a parameter a duration.</summary>
        private static readonly string[] DurationWords = { "Timeout", "Delay", "Lifetime", "Wait", "Duration", "Seconds" };

        [Theory]
        [MemberData(nameof(Cmdlets))]
        public void No_parameter_is_named_with_a_synonym_of_a_vocabulary_term(string name)
        {
            foreach (var parameter in ModuleCommands.OwnParameters(ModuleCommands.Named(name)))
            {
                if (!Synonyms.TryGetValue(parameter.Name, out var term) || OtherMeanings.ContainsKey((name, parameter.Name))) continue;
                Assert.Fail($"{name} -{parameter.Name}: the vocabulary's name is -{term} (docs/conventions.md); keep -{parameter.Name} as an alias.");
            }
        }

        [Theory]
        [MemberData(nameof(Cmdlets))]
        public void Durations_are_seconds_as_numbers_that_still_take_a_TimeSpan(string name)
        {
            foreach (var parameter in ModuleCommands.OwnParameters(ModuleCommands.Named(name)))
            {
                var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
                Assert.False(type == typeof(TimeSpan), $"{name} -{parameter.Name}: a duration is a number of seconds (-{parameter.Name}Seconds), not a TimeSpan.");
                var isDuration = parameter.ParameterType != typeof(SwitchParameter) && DurationWords.Any(w => parameter.Name.Contains(w, StringComparison.Ordinal));
                if (!isDuration) continue;
                Assert.True(parameter.Name.EndsWith("Seconds", StringComparison.Ordinal), $"{name} -{parameter.Name}: name a duration -<What>Seconds.");
                Assert.True(type == typeof(double), $"{name} -{parameter.Name}: a duration is a double (seconds), not {type.Name}.");
                Assert.True(parameter.Attributes.Any(a => a.GetType().Name == "SecondsAttribute"),
                    $"{name} -{parameter.Name}: add [Seconds], so a TimeSpan or '00:05:00' still means what it says.");
            }
        }

        [Theory]
        [MemberData(nameof(Cmdlets))]
        public void On_and_off_are_switches_not_booleans(string name)
        {
            foreach (var parameter in ModuleCommands.OwnParameters(ModuleCommands.Named(name)))
                Assert.False(parameter.ParameterType == typeof(bool) || parameter.ParameterType == typeof(bool?),
                    $"{name} -{parameter.Name}: use a switch (-{parameter.Name}, -{parameter.Name}:$false to turn off), not a bool.");
        }

        /// <summary>Set- and Remove- write nothing unless -PassThru; a device command's action is its result (like Start-EnodeCharging's), not an echo.</summary>
        [Theory]
        [MemberData(nameof(Cmdlets))]
        public void Set_and_Remove_cmdlets_that_can_write_have_PassThru(string name)
        {
            var cmdlet = ModuleCommands.Named(name);
            if (cmdlet.Verb != "Set" && cmdlet.Verb != "Remove") return;
            if (WritesAnAction(cmdlet)) return;
            Assert.True(cmdlet.Parameters.TryGetValue("PassThru", out var passThru) && passThru.SwitchParameter,
                $"{name} writes {string.Join(", ", Outputs(cmdlet).Select(t => t.Name))}: only with a -PassThru switch.");
        }

        /// <summary>
        /// One rule for Remove-: every one has -PassThru, which writes the object as it was (docs/conventions.md); a
        /// Remove- with nothing to pass would break it, so it fails here rather than quietly differing.
        /// </summary>
        [Theory]
        [MemberData(nameof(Cmdlets))]
        public void Every_Remove_cmdlet_has_PassThru_and_declares_what_it_passes(string name)
        {
            var cmdlet = ModuleCommands.Named(name);
            if (cmdlet.Verb != "Remove") return;
            Assert.True(cmdlet.Parameters.TryGetValue("PassThru", out var passThru) && passThru.SwitchParameter, $"{name} has no -PassThru switch.");
            Assert.NotEmpty(Outputs(cmdlet));
        }

        /// <summary>A command for each Set- and Remove- cmdlet (device commands aside), run without and with -PassThru.</summary>
        private static readonly IReadOnlyDictionary<string, string> PassThruCommands = new Dictionary<string, string>
        {
            ["Set-EnodeLocation"] = "$location | Set-EnodeLocation -Name Cottage",
            ["Remove-EnodeLocation"] = "$location | Remove-EnodeLocation",
            ["Set-EnodeLocationTariff"] = "$location | Set-EnodeLocationTariff -TariffId home-tou -Interval @{ Name = 'PEAK'; From = '07:00'; To = '22:00' }",
            ["Set-EnodeTariff"] = "Set-EnodeTariff -Id home-tou -Rate @{ PEAK = 0.4 }",
            ["Set-EnodeSchedule"] = "$schedule | Set-EnodeSchedule -Enabled",
            ["Remove-EnodeSchedule"] = "$schedule | Remove-EnodeSchedule",
            ["Set-EnodeWebhook"] = "$webhook | Set-EnodeWebhook -Event '*'",
            ["Remove-EnodeUser"] = "Get-EnodeUser -First 1 | Remove-EnodeUser -Force",
            ["Set-EnodeCharger"] = "Get-EnodeCharger -First 1 | Set-EnodeCharger -LocationId $location.Id",
            ["Set-EnodeHvac"] = "Get-EnodeHvac -First 1 | Set-EnodeHvac -LocationId $location.Id",
            ["Set-EnodeSmartChargingPolicy"] = "Set-EnodeSmartChargingPolicy -VehicleId (Get-EnodeVehicle -First 1).Id -Enabled -Deadline 07:00",
            ["Set-EnodeRequestOption"] = "Set-EnodeRequestOption -MaxRetries 2",
        };

        private const string PassThruSetup =
            "$location = New-EnodeLocation -UserId (Get-EnodeUser -First 1).Id -Name Home -Latitude 59.91 -Longitude 10.75 -TimezoneName Europe/Oslo; " +
            "$null = Set-EnodeTariff -Id home-tou -Rate @{ PEAK = 0.3 }; " +
            "$schedule = Get-EnodeVehicle -First 1 | New-EnodeSchedule; " +
            "$webhook = Register-EnodeWebhook -Url 'http://127.0.0.1:9/enode' -WarningAction SilentlyContinue";

        public static IEnumerable<object[]> PassThruCases() => PassThruCommands.Keys.Select(k => new object[] { k });

        [Fact]
        public void Every_Set_and_Remove_cmdlet_is_checked_for_writing_nothing_without_PassThru()
        {
            var expected = ModuleCommands.All.Where(c => (c.Verb == "Set" || c.Verb == "Remove") && !WritesAnAction(c)).Select(c => c.Name).OrderBy(n => n);
            Assert.Equal(expected, PassThruCommands.Keys.OrderBy(n => n));
        }

        [Theory]
        [MemberData(nameof(PassThruCases))]
        public void A_Set_or_Remove_cmdlet_writes_nothing_unless_PassThru(string name)
        {
            var command = PassThruCommands[name];

            Assert.Empty(RunAfterSetup(command).Output);
            Assert.NotEmpty(RunAfterSetup(command + " -PassThru").Output);
        }

        private static ScriptResult RunAfterSetup(string command)
        {
            using var session = new PowerShellSession();
            session.Run(PassThruSetup).AssertSucceeded();
            return session.Run(command).AssertSucceeded();
        }

        private static List<Type> Outputs(CmdletInfo cmdlet) =>
            cmdlet.OutputType.Select(t => t.Type).Where(t => t != null && t != typeof(void)).ToList();

        /// <summary>A device command (Set-EnodeMaxCurrent...) writes the action it created: its result, not an echo.</summary>
        private static bool WritesAnAction(CmdletInfo cmdlet)
        {
            var outputs = Outputs(cmdlet);
            return outputs.Count > 0 && outputs.All(t => t == typeof(VendorAction));
        }

        [Theory]
        [MemberData(nameof(Cmdlets))]
        public void Cmdlets_that_talk_to_Enode_take_a_Connection(string name)
        {
            var cmdlet = ModuleCommands.Named(name);
            if (!DerivesFrom(cmdlet, "EnodePS.Infrastructure.ConnectedCmdlet")) return;
            Assert.True(cmdlet.Parameters.TryGetValue("Connection", out var connection), $"{name} has no -Connection.");
            Assert.Equal("EnodeConnection", connection!.ParameterType.Name);
            Assert.DoesNotContain(connection.ParameterSets.Values, s => s.IsMandatory);
        }

        [Theory]
        [MemberData(nameof(Cmdlets))]
        public void A_time_range_is_StartTime_and_EndTime(string name)
        {
            var parameters = ModuleCommands.Named(name).Parameters;
            if (!parameters.TryGetValue("StartTime", out var start)) return;
            Assert.True(parameters.TryGetValue("EndTime", out var end), $"{name} has -StartTime without -EndTime.");
            if (start.ParameterType != typeof(DateTime)) return; // New-EnodeScheduleRule: clock times of a daily window
            Assert.Equal(typeof(DateTime?), end!.ParameterType);
            Assert.Contains("StartDate", start.Aliases);
            Assert.Contains("From", start.Aliases);
            Assert.Contains("EndDate", end.Aliases);
            Assert.Contains("To", end.Aliases);
        }

        [Fact]
        public void A_cmdlet_that_builds_a_local_object_offers_no_WhatIf()
        {
            var builders = ModuleCommands.All.Where(c => c.Verb == "New" && !DerivesFrom(c, "EnodePS.Infrastructure.ConnectedCmdlet")).ToList();
            Assert.Contains(builders, c => c.Name == "New-EnodeScheduleRule");
            Assert.All(builders, c => Assert.False(c.Parameters.ContainsKey("WhatIf"), $"{c.Name} changes nothing: no SupportsShouldProcess."));
        }

        /// <summary>Every name a parameter had before the vocabulary, with the name it binds to now.</summary>
        public static IEnumerable<object[]> OldNames() => new[]
        {
            new object[] { "Get-EnodeChargingStatistics -UserId u -Type vehicle -StartDate 2024-10-01 -EndDate 2024-10-02", "Type=DeviceType StartDate=StartTime EndDate=EndTime" },
            new object[] { "Get-EnodeChargingSession -UserId u -Type vehicle -From 2024-10-01 -To 2024-10-02", "Type=DeviceType From=StartTime To=EndTime" },
            new object[] { "Get-EnodeInverterStatistics -Id i -From 2024-10-01 -To 2024-10-02", "From=StartTime To=EndTime" },
            new object[] { "Get-EnodeHemSystemStatistics -Id h -Date 2024-10-01 -Interval MONTH", "Date=StartTime Interval=Resolution" },
            new object[] { "Get-EnodeHealth -VendorType vehicle", "VendorType=DeviceType" },
            new object[] { "Get-EnodeHealth -AssetType vehicle", "AssetType=DeviceType" },
            new object[] { "Get-EnodeIntegration -AssetType vehicle", "AssetType=DeviceType" },
            new object[] { "Get-EnodeIntegration -VendorType vehicle", "VendorType=DeviceType" },
            new object[] { "Get-EnodeIntervention -VendorType vehicle", "VendorType=DeviceType" },
            new object[] { "New-EnodeLinkSession -UserId u -VendorType vehicle -Scope vehicle:read:data -RedirectUri https://a.example/", "VendorType=DeviceType" },
            new object[] { "Disconnect-EnodeVendor -UserId u -Vendor TESLA -VendorType vehicle", "VendorType=DeviceType" },
            new object[] { "Complete-EnodeEmulatorLink -UserId u -VendorType vehicle", "VendorType=DeviceType" },
            new object[] { "Request-EnodeDataRefresh -Id d -Type vehicle", "Type=DeviceType" },
            new object[] { "Request-EnodeDataRefresh -Id d -VendorType vehicle", "VendorType=DeviceType" },
            new object[] { "Start-EnodeCharging -Id v -Type vehicle -Timeout 60", "Type=DeviceType Timeout=TimeoutSeconds" },
            new object[] { "Stop-EnodeCharging -Id v -Type vehicle -Timeout 60", "Type=DeviceType Timeout=TimeoutSeconds" },
            new object[] { "Set-EnodeMaxCurrent -Id v -Type vehicle -MaxCurrent 16 -Timeout 60", "Type=DeviceType Timeout=TimeoutSeconds" },
            new object[] { "Set-EnodeChargeRateLimit -Id c -ChargeRateLimit 7 -Timeout 60", "Timeout=TimeoutSeconds" },
            new object[] { "Set-EnodeBatteryOperationMode -Id b -OperationMode IMPORT_FOCUS -Timeout 60", "Timeout=TimeoutSeconds" },
            new object[] { "Set-EnodeHvacMode -Id h -FollowSchedule -Timeout 60", "Timeout=TimeoutSeconds" },
            new object[] { "Wait-EnodeAction -Id a -Type vehicle -Timeout 60", "Type=DeviceType Timeout=TimeoutSeconds" },
            new object[] { "Get-EnodeAction -Id a -TargetType vehicle", "TargetType=DeviceType" },
            new object[] { "Stop-EnodeAction -Id a -Kind vehicle", "Kind=DeviceType" },
            new object[] { "New-EnodeSchedule -UserId u -TargetId v -TargetType vehicle", "TargetId=DeviceId TargetType=DeviceType" },
            new object[] { "Set-EnodeSchedule -Id s -TargetId v -TargetType vehicle", "TargetId=DeviceId TargetType=DeviceType" },
            new object[] { "New-EnodeScheduleRule -From 22:00 -To 06:00", "From=StartTime To=EndTime" },
            new object[] { "Start-EnodeEmulator -TokenLifetime 00:05:00 -ActionDelay 00:00:01 -ActionTimeout 00:10:00", "TokenLifetime=TokenLifetimeSeconds ActionDelay=ActionDelaySeconds ActionTimeout=ActionTimeoutSeconds" },
        };

        /// <summary>PowerShell's own binder (StaticParameterBinder, on the imported commands) resolves each old name to the new parameter.</summary>
        [Theory]
        [MemberData(nameof(OldNames))]
        public void An_old_name_still_binds_to_the_parameter_that_replaced_it(string command, string renames)
        {
            var bound = ModuleCommands.Invoke(
                "$ast = [scriptblock]::Create($command).Ast.EndBlock.Statements[0].PipelineElements[0]\n" +
                "$result = [System.Management.Automation.Language.StaticParameterBinder]::BindCommand($ast, $true)\n" +
                "if ($result.BindingExceptions.Count) { throw ($result.BindingExceptions.Values | ForEach-Object { $_.BindingException.Message }) -join '; ' }\n" +
                "$result.BoundParameters.Keys",
                new { command }).Cast<string>().ToList();

            foreach (var rename in renames.Split(' '))
            {
                var (old, now) = (rename.Split('=')[0], rename.Split('=')[1]);
                Assert.True(bound.Contains(now), $"{command}: -{old} did not bind to -{now} (bound: {string.Join(", ", bound)}).");
                Assert.DoesNotContain(old, bound);
            }
        }

        private static bool DerivesFrom(CmdletInfo cmdlet, string baseName)
        {
            for (var type = cmdlet.ImplementingType.BaseType; type != null; type = type.BaseType)
                if (type.FullName == baseName) return true;
            return false;
        }
    }
}
