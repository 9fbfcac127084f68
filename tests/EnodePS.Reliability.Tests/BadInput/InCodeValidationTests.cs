using System;
using System.Linq;
using System.Management.Automation;
using EnodePS.Cmdlets.Tests.Support;
using EnodePS.Connections;
using Xunit.Abstractions;

namespace EnodePS.Reliability.Tests.BadInput
{
    /// <summary>Runs every row of <see cref="InCodeCases"/>: a clear error naming the parameter and what it allows, and no request sent.</summary>
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
            var emulator = _context.Emulator;
            var requestsBefore = emulator.RequestCount;
            var journalBefore = emulator.Journal.Snapshot().Count;
            var connectionsBefore = ConnectionStore.For(_context.Session.SessionKey).All.Count;
            var host = _context.Session.NewHost();
            row.Arrange?.Invoke(host);

            CmdletRunner.Run(row.Create(_context), host, row.ParameterSet);

            var error = row.PerItem ? Assert.Single(host.Errors) : host.Terminating;
            Assert.True(error != null, $"{name}: no terminating error (errors: {string.Join("; ", host.Errors)})");
            var message = error!.Exception.Message;
            _output.WriteLine($"{name}\n  {error.ErrorId} ({error.Category}): {message}");
            Assert.Contains(error.ErrorId, new[] { "EnodeInvalidParameter", "EnodeInvalidArgument" });
            Assert.Equal(ErrorCategory.InvalidArgument, error.Category);
            Assert.Contains(row.Parameter, message, StringComparison.OrdinalIgnoreCase);
            foreach (var allowed in row.Allowed) Assert.Contains(allowed, message, StringComparison.OrdinalIgnoreCase);
            Assert.True(message.Split("(Parameter '").Length <= 2, "the message wraps another parameter message: " + message);
            Assert.Empty(host.Output);

            Assert.Equal(requestsBefore, emulator.RequestCount); // nothing reached the emulator
            Assert.Equal(journalBefore, emulator.Journal.Snapshot().Count);
            Assert.Equal(connectionsBefore, ConnectionStore.For(_context.Session.SessionKey).All.Count);
            Assert.Empty(EmulatorStore.For(_context.Session.SessionKey).All); // Start-EnodeEmulator started nothing
        }

        [Fact]
        public void The_table_covers_every_in_code_check_the_cmdlets_make()
        {
            // Each InvalidParameter(nameof(X), ...) call in a cmdlet is one check; every parameter checked that way must
            // have a row. Read from the cmdlets' source so that a new check without a row is noticed.
            var checkedInCode = System.IO.Directory.GetFiles(EnodePS.Tests.Shared.SpecFiles.Combine("src", "EnodePS", "Cmdlets"), "*.cs", System.IO.SearchOption.AllDirectories)
                .SelectMany(file =>
                {
                    var cmdlet = System.IO.Path.GetFileNameWithoutExtension(file);
                    var source = System.IO.File.ReadAllText(file);
                    return System.Text.RegularExpressions.Regex.Matches(source, @"InvalidParameter\(\s*(?:[^,]*\?\s*)?nameof\((\w+)\)")
                        .Select(m => (Cmdlet: cmdlet, Parameter: m.Groups[1].Value));
                })
                .Distinct()
                .ToList();
            Assert.NotEmpty(checkedInCode);
            var covered = InCodeCases.All.Select(c => (Cmdlet: CommandClass(c.Name), c.Parameter)).ToList();
            var missing = checkedInCode.Where(c => !covered.Contains(c)).Select(c => $"{c.Cmdlet} -{c.Parameter}").ToList();
            Assert.Empty(missing);
        }

        /// <summary>"Get-EnodeHealth -VendorType x" → "GetEnodeHealthCommand" (the row's name starts with its command, after any setup).</summary>
        private static string CommandClass(string rowName)
        {
            var command = rowName.Split(' ').First(w => w.Contains('-') && char.IsUpper(w[0]));
            return command.Replace("-", "") + "Command";
        }
    }
}
