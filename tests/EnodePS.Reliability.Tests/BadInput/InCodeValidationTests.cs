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
            // Each InvalidParameter(nameof(X), ...) in a cmdlet (or a cmdlet base class) is a check of -X; every one needs
            // a row, for that cmdlet or, for a base class, for one cmdlet derived from it. Read from the source, so that
            // a new check without a row is noticed. (Checks naming their parameter through a variable are not found here.)
            var module = typeof(EnodePS.Infrastructure.EnodeCmdlet).Assembly;
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
                .ToList();
            Assert.NotEmpty(checkedInCode);

            var rowTypes = InCodeCases.All.Select(row => (Type: module.GetTypes().FirstOrDefault(t => t.Name == CommandClass(row.Name)), row.Parameter)).ToList();
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

        /// <summary>"Get-EnodeHealth -VendorType x" → "GetEnodeHealthCommand" (the row's name starts with its command, after any setup).</summary>
        private static string CommandClass(string rowName)
        {
            var command = rowName.Split(' ').First(w => w.Contains('-') && char.IsUpper(w[0]));
            return command.Replace("-", "").TrimEnd(';') + "Command";
        }
    }
}
