using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using EnodePS.Reliability.Tests.Support;
using Xunit.Abstractions;

namespace EnodePS.Reliability.Tests.BadInput
{
    /// <summary>Runs every row of <see cref="InCodeCases"/> in real PowerShell: a clear error naming the parameter and what it allows, and no request sent.</summary>
    public class InCodeValidationTests : IClassFixture<BadInputContext>
    {
        private readonly BadInputContext _context;
        private readonly ITestOutputHelper _output;

        public InCodeValidationTests(BadInputContext context, ITestOutputHelper output)
        {
            _context = context;
            _output = output;
        }

        public static TheoryData<string> Cases()
        {
            var data = new TheoryData<string>();
            foreach (var row in InCodeCases.All) data.Add(row.Name);
            return data;
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public void A_bad_value_stops_with_an_error_naming_the_parameter_and_the_allowed_values_before_any_request(string name)
        {
            var row = InCodeCases.Named(name);
            var session = _context.Session;
            var (script, variables) = row.Prepare(_context);
            var emulator = _context.Emulator;
            var requestsBefore = emulator.RequestCount;
            var journalBefore = emulator.Journal.Snapshot().Count;
            var runningRequestsBefore = _context.RunningEmulator?.RequestCount;
            var connectionsBefore = session.Invoke("@(Get-EnodeConnection -All).Count").Single();

            var (result, terminating) = TerminatingRun.Run(session, script, variables);

            var error = row.PerItem ? Assert.Single(result.Errors) : terminating;
            Assert.True(error != null, $"{name}: no terminating error (errors: {result})");
            if (row.PerItem) Assert.Null(terminating);
            else Assert.Empty(result.Errors);
            var message = error!.Exception.Message;
            _output.WriteLine($"{script}\n  {error.FullyQualifiedErrorId} ({error.CategoryInfo.Category}): {message}");
            var cmdlet = CommandCatalog.Named(row.Cmdlet);
            var command = cmdlet.ImplementingType.FullName;
            Assert.Contains(row.Parameter, message, StringComparison.OrdinalIgnoreCase);
            if (error.FullyQualifiedErrorId.StartsWith("ParameterArgumentValidationError,", StringComparison.Ordinal))
            {
                // The parameter also declares the rule, so PowerShell's binder refuses the value before the cmdlet's own
                // check (which stays for .NET callers): that answer must name the parameter and what the declaration allows.
                var parameter = cmdlet.Parameter(row.Parameter)!;
                Assert.Equal("ParameterArgumentValidationError," + command, error.FullyQualifiedErrorId);
                Assert.Equal(ErrorCategory.InvalidData, error.CategoryInfo.Category);
                var set = parameter.Attribute<ValidateSetAttribute>();
                var range = parameter.Attribute<ValidateRangeAttribute>();
                Assert.True(set != null || range != null, $"{name}: the binder refused -{row.Parameter}, which declares no ValidateSet or ValidateRange");
                if (set != null) foreach (var allowed in row.Allowed) Assert.Contains(allowed, message, StringComparison.OrdinalIgnoreCase);
                else Assert.True(message.Contains(Convert.ToString(range!.MinRange, System.Globalization.CultureInfo.InvariantCulture)!, StringComparison.Ordinal)
                                 || message.Contains(Convert.ToString(range.MaxRange, System.Globalization.CultureInfo.InvariantCulture)!, StringComparison.Ordinal),
                    $"{name}: the message names neither bound: {message}");
            }
            else if (row.Parameter == "InputObject")
            {
                // A piped object of a kind the cmdlet does not take (docs/pipelines.md).
                Assert.Equal("EnodeInputNotAccepted," + command, error.FullyQualifiedErrorId);
                Assert.Equal(ErrorCategory.InvalidType, error.CategoryInfo.Category);
                foreach (var allowed in row.Allowed) Assert.Contains(allowed, message, StringComparison.OrdinalIgnoreCase);
            }
            else
            {
                Assert.Contains(error.FullyQualifiedErrorId, new[] { "EnodeInvalidParameter," + command, "EnodeInvalidArgument," + command });
                Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
                foreach (var allowed in row.Allowed) Assert.Contains(allowed, message, StringComparison.OrdinalIgnoreCase);
            }
            Assert.True(message.Split("(Parameter '").Length <= 2, "the message wraps another parameter message: " + message);
            Assert.Empty(result.Output);
            Assert.Empty(result.Prompts);

            Assert.Equal(requestsBefore, emulator.RequestCount); // nothing reached the emulator
            Assert.Equal(journalBefore, emulator.Journal.Snapshot().Count);
            if (runningRequestsBefore != null) Assert.Equal(runningRequestsBefore, _context.RunningEmulator!.RequestCount);
            Assert.Equal(connectionsBefore, session.Invoke("@(Get-EnodeConnection -All).Count").Single());
            // Start-EnodeEmulator started nothing.
            Assert.Contains("No emulator started in this session is running.", session.Run("Stop-EnodeEmulator -WhatIf -Verbose").Verbose);
        }

        /// <summary>
        /// Checks no row can reach here: Receive-EnodeWebhook -Register asks for -PublicUrl only on a connection to a
        /// server that is not on this machine, and tests never connect off loopback.
        /// </summary>
        private static readonly (string Class, string Parameter)[] NeedsANonLoopbackServer = { ("ReceiveEnodeWebhookCommand", "PublicUrl") };

        [Fact]
        public void The_table_covers_every_in_code_check_the_cmdlets_make()
        {
            // Each InvalidParameter(nameof(X), ...) in a cmdlet (or a cmdlet base class) is a check of -X; every one needs
            // a row, for that cmdlet or, for a base class, for one cmdlet derived from it. Read from the source, so that
            // a new check without a row is noticed. (Checks naming their parameter through a variable are not found here.)
            var module = CommandCatalog.All[0].ImplementingType.Assembly;
            var checkedInCode = System.IO.Directory.GetFiles(EnodePS.Tests.Shared.SpecFiles.Combine("src", "EnodePS"), "*.cs", System.IO.SearchOption.AllDirectories)
                .Where(file => !file.Contains(System.IO.Path.DirectorySeparatorChar + "obj" + System.IO.Path.DirectorySeparatorChar))
                .SelectMany(file =>
                {
                    var className = System.IO.Path.GetFileNameWithoutExtension(file);
                    var source = System.IO.File.ReadAllText(file);
                    return System.Text.RegularExpressions.Regex.Matches(source, @"(?<!void )InvalidParameter\(([^,]*),")
                        .SelectMany(m => System.Text.RegularExpressions.Regex.Matches(m.Groups[1].Value, @"nameof\((\w+)\)").Select(n => n.Groups[1].Value))
                        .Select(parameter => (Class: className, Parameter: parameter));
                })
                .Distinct()
                .Where(check => !NeedsANonLoopbackServer.Contains(check))
                .ToList();
            Assert.NotEmpty(checkedInCode);

            var rowTypes = InCodeCases.All.Select(row => (Type: CommandCatalog.Find(row.Cmdlet)?.ImplementingType, row.Parameter)).ToList();
            Assert.DoesNotContain(rowTypes, r => r.Type == null);
            var missing = checkedInCode.Where(check =>
            {
                var checkedType = module.GetTypes().FirstOrDefault(t => t.Name == check.Class || t.Name.StartsWith(check.Class + "`", StringComparison.Ordinal));
                return !rowTypes.Any(r => r.Parameter == check.Parameter && checkedType != null && DerivesFrom(r.Type!, checkedType));
            }).Select(c => $"{c.Class} -{c.Parameter}").ToList();
            Assert.Empty(missing);
        }

        /// <summary>True when <paramref name="type"/> is <paramref name="baseType"/> or derives from it (a generic base by its definition).</summary>
        private static bool DerivesFrom(Type type, Type baseType)
        {
            for (var t = (Type?)type; t != null; t = t.BaseType)
                if (t == baseType || (t.IsGenericType && t.GetGenericTypeDefinition() == baseType)) return true;
            return false;
        }
    }
}
