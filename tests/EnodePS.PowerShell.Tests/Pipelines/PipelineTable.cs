using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using EnodePS.Tests.Shared;

namespace EnodePS.PowerShell.Tests.Pipelines
{
    /// <summary>One row of the chains table in docs/pipelines.md: cmdlet ← what is piped in → the parameter it binds.</summary>
    public sealed class PipelineRow
    {
        public PipelineRow(string cmdlet, string kind, string binds, string example)
        {
            Cmdlet = cmdlet;
            Kind = kind;
            Binds = binds;
            Example = example;
        }

        public string Cmdlet { get; }
        public string Kind { get; }
        public string Binds { get; }
        public string Example { get; }

        /// <summary>The property of the piped object whose value must reach the wire ("Id" in "-UserId ← Id"); null for strings.</summary>
        public string? Property => Binds.Contains('←') ? Binds.Split('←')[1].Trim().Split(' ', ',')[0] : null;

        /// <summary>The example up to the last pipe into the cmdlet: what produces the piped objects.</summary>
        public string Source => Example.Substring(0, CmdletStart).TrimEnd().TrimEnd('|').TrimEnd();

        /// <summary>The cmdlet with the arguments the example gives it.</summary>
        public string Command => Example.Substring(CmdletStart);

        private int CmdletStart => Example.LastIndexOf("| " + Cmdlet, StringComparison.Ordinal) + 2;

        public override string ToString() => $"{Kind} | {Cmdlet}";
    }

    public static class PipelineTable
    {
        public static IReadOnlyList<PipelineRow> Rows { get; } = Read();

        /// <summary>The kinds the refused-pair tests can make on the emulator, with the script that makes one.</summary>
        public static IReadOnlyDictionary<string, string> Producers { get; } = new Dictionary<string, string>
        {
            ["User"] = "Get-EnodeUser -First 1",
            ["Vehicle"] = "Get-EnodeVehicle -First 1",
            ["Charger"] = "Get-EnodeCharger -First 1",
            ["Hvac"] = "Get-EnodeHvac -First 1",
            ["Battery"] = "Get-EnodeBattery -First 1",
            ["Inverter"] = "Get-EnodeInverter -First 1",
            ["Meter"] = "Get-EnodeMeter -First 1",
            ["HemSystem"] = "Get-EnodeHemSystem -First 1",
            ["Location"] = "$location",
            ["VendorAction"] = "Get-EnodeVehicle | Where-Object IsReachable | Select-Object -First 1 | Start-EnodeCharging",
            ["Schedule"] = "Get-EnodeVehicle -First 1 | New-EnodeSchedule",
            ["Tariff"] = "Set-EnodeTariff -Id home-tou -Rate @{ PEAK = 0.3 } -PassThru",
            ["Webhook"] = "(Register-EnodeWebhook -Url 'http://127.0.0.1:9/enode' -WarningAction SilentlyContinue).Webhook",
            ["WebhookRegistration"] = "Register-EnodeWebhook -Url 'http://127.0.0.1:9/enode' -WarningAction SilentlyContinue",
        };

        /// <summary>Makes $location: a location of the first user.</summary>
        public const string Setup =
            "$location = New-EnodeLocation -UserId (Get-EnodeUser -First 1).Id -Name Home -Latitude 59.91 -Longitude 10.75 -TimezoneName Europe/Oslo";

        public static IEnumerable<object[]> RowData() => Rows.Select(r => new object[] { r.Kind + " | " + r.Cmdlet });

        /// <summary>Every (cmdlet, kind) pair the table does not list, for kinds the emulator can make.</summary>
        public static IEnumerable<object[]> RefusedPairs() =>
            Rows.Select(r => r.Cmdlet).Distinct()
                .SelectMany(cmdlet => Producers.Keys
                    .Where(kind => !Rows.Any(r => r.Cmdlet == cmdlet && r.Kind == kind))
                    .Select(kind => new object[] { kind + " | " + cmdlet }));

        public static PipelineRow Row(string key) => Rows.Single(r => r.ToString() == key);

        /// <summary>The cmdlet with the arguments of its shortest example, for piping other kinds to it.</summary>
        public static string CommandFor(string cmdlet) =>
            Rows.Where(r => r.Cmdlet == cmdlet && !r.Command.Replace("$false", "").Contains('$')).OrderBy(r => r.Command.Length).First().Command;

        private static IReadOnlyList<PipelineRow> Read()
        {
            var text = File.ReadAllText(SpecFiles.Combine("docs", "pipelines.md"));
            var start = text.IndexOf("<!-- pipeline-table -->", StringComparison.Ordinal);
            var end = text.IndexOf("<!-- /pipeline-table -->", StringComparison.Ordinal);
            var rows = new List<PipelineRow>();
            foreach (var line in text.Substring(start, end - start).Split('\n').Select(l => l.Trim()))
            {
                if (!line.StartsWith("| ", StringComparison.Ordinal) || line.StartsWith("| Cmdlet", StringComparison.Ordinal)) continue;
                var cells = line.Trim().Trim('|').Split(" | ", 4).Select(c => c.Trim()).ToArray();
                rows.Add(new PipelineRow(cells[0], cells[1], cells[2], cells[3].Trim('`')));
            }
            return rows;
        }
    }
}
