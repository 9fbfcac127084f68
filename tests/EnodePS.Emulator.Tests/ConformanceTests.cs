using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using EnodePS.Emulator.Handlers;
using EnodePS.Emulator.Tests.Support;
using EnodePS.Tests.Shared;
using Xunit.Abstractions;

namespace EnodePS.Emulator.Tests
{
    /// <summary>
    /// The emulator against the reference's operation inventory (spec/endpoints.json): no invented routes, every routed
    /// operation answers its documented success with the documented fields, and a report of what is not routed yet.
    /// </summary>
    public class ConformanceTests
    {
        /// <summary>Distinct METHOD + path operations in the reference (one is documented twice).</summary>
        public const int InventorySize = 95;

        private readonly ITestOutputHelper _output;

        public ConformanceTests(ITestOutputHelper output) { _output = output; }

        private static readonly Lazy<IReadOnlyList<string>> Routed = new Lazy<IReadOnlyList<string>>(() =>
        {
            using var emulator = new EnodeEmulator();
            return emulator.Operations.Where(IsApiOperation).Distinct().ToList();
        });

        /// <summary>Routes that are the emulator's own (control routes and the token endpoint), not the API's.</summary>
        private static bool IsApiOperation(string operation)
        {
            var path = operation.Substring(operation.IndexOf(' ') + 1);
            return !EnodeEmulator.IsControlPath(path) && path != TokenHandlers.TokenPath;
        }

        private static IReadOnlyList<SpecOperation> Unrouted =>
            SpecInventory.Operations.Where(o => !Routed.Value.Contains(o.Operation)).ToList();

        public static IEnumerable<object[]> RoutedInventoryOperations() =>
            SpecInventory.Operations.Where(o => Routed.Value.Contains(o.Operation)).Select(o => new object[] { o.Operation });

        [Fact]
        public void The_inventory_has_every_distinct_documented_operation()
        {
            var operations = SpecInventory.Operations;

            Assert.Equal(InventorySize, operations.Count);
            Assert.Equal(operations.Count, operations.Select(o => o.Operation).Distinct().Count());
            Assert.All(operations, o => Assert.Equal(o.Path.Count(c => c == '{'), o.PathParameters.Count));
            Assert.Contains(operations, o => o.Operation == "GET /vehicles/{vehicleId}" && o.Success!.TopLevelFields.Contains("chargeState"));
        }

        [Fact]
        public void Every_routed_operation_is_documented_with_the_same_method_and_path_template()
        {
            var documented = new HashSet<string>(SpecInventory.Operations.Select(o => o.Operation), StringComparer.Ordinal);

            var invented = Routed.Value.Where(o => !documented.Contains(o)).ToList();

            Assert.True(invented.Count == 0,
                "Routed but not in spec/endpoints.json (check the method and the parameter names): " + string.Join(", ", invented));
        }

        [Theory]
        [MemberData(nameof(RoutedInventoryOperations))]
        public async Task A_routed_operation_answers_its_documented_success_and_unknown_ids_their_documented_404(string name)
        {
            var operation = SpecInventory.Find(name)!;
            using var host = new LoopbackEmulator();
            using var http = new RawHttp(host);

            var request = await ConformanceRequests.PrepareAsync(operation, host.Emulator, http);
            if (request.Skip != null)
            {
                _output.WriteLine($"NOT CHECKED {name}: {request.Skip}.");
                return;
            }

            var method = new HttpMethod(operation.Method);
            var (status, text, _) = await http.SendTextAsync(method, request.Path + request.Query, request.Body);
            var success = operation.Success;
            if (success == null)
            {
                _output.WriteLine($"{name}: the reference gives no success status; any 2xx is accepted.");
                Assert.True(status >= 200 && status < 300, $"{name} answered {status}: {text}");
            }
            else
            {
                Assert.True(status == success.Status, $"{method} {request.Path}{request.Query} answered {status}, documented {success.Status}: {text}");
                AssertDocumentedFields(name, success, text);
            }

            if (operation.Documents(404) && operation.PathParameters.Count > 0)
            {
                var unknown = request.PathWithUnknownLastId(operation);
                var (missingStatus, missingText, _) = await http.SendTextAsync(method, unknown + request.Query, request.Body);
                Assert.True(missingStatus == 404, $"{method} {unknown} answered {missingStatus}, documented 404: {missingText}");
                AssertDocumentedFields(name, operation.Responses.First(r => r.Status == 404), missingText);
            }
        }

        /// <summary>
        /// Every documented field of the body is present unless the reference lets it be left out
        /// (<see cref="OptionalResponseFields"/>), and null only where its type says "or null".
        /// </summary>
        private static void AssertDocumentedFields(string name, SpecResponse response, string text)
        {
            // A problem's "issues" list is there only for validation failures, so an error answer may leave it out.
            var fields = response.Fields.Where(f => f.IsTopLevel && !(response.Status >= 400 && f.Name == "issues"))
                .GroupBy(f => f.Name).Select(g => g.First()).ToList();
            if (response.BodyShape == null)
            {
                if (response.Status == 204) Assert.True(text.Length == 0, $"{name}: a 204 has no body, got: {text}");
                return;
            }
            var body = JsonNode.Parse(text);
            var objects = response.IsList ? Assert.IsType<JsonArray>(body).ToList() : response.IsObject ? new List<JsonNode?> { body } : new List<JsonNode?>();
            foreach (var item in objects)
            {
                AssertHasFields(name, Assert.IsType<JsonObject>(item), fields);
                // Nested fields too: present unless optional, null only where allowed, enums within their values.
                if (response.Fields.Count > 0 && response.Status == 200)
                    DocumentedFields.AssertPresent(item, name, 200, NotCheckedNested);
            }
        }

        /// <summary>
        /// Nested fields the reference documents by an example key rather than a field name: inverter statistics'
        /// resolutions map is keyed by the resolution asked for ("resolutions.QUARTER_HOUR" in the reference).
        /// </summary>
        private static bool NotCheckedNested(string field) => field.StartsWith("resolutions.", StringComparison.Ordinal);

        private static void AssertHasFields(string name, JsonObject body, IReadOnlyList<SpecField> fields)
        {
            var absent = fields.Where(f => !body.ContainsKey(f.Name) && !OptionalResponseFields.IsOptional(f.Name)).Select(f => f.Name).ToList();
            Assert.True(absent.Count == 0, $"{name}: documented fields missing from the answer: {string.Join(", ", absent)}. Answer: {body.ToJsonString()}");
            var wrongNulls = fields.Where(f => body.ContainsKey(f.Name) && body[f.Name] == null && !AllowsNull(f)).Select(f => $"{f.Name} ({f.Type})").ToList();
            Assert.True(wrongNulls.Count == 0, $"{name}: null where the reference's type has no \"or null\": {string.Join(", ", wrongNulls)}. Answer: {body.ToJsonString()}");
        }

        private static bool AllowsNull(SpecField field) => field.Type == null || field.Type.Contains("null", StringComparison.Ordinal);

        [Fact]
        public void Coverage_report_lists_the_inventory_operations_not_routed_yet()
        {
            var routed = SpecInventory.Operations.Where(o => Routed.Value.Contains(o.Operation)).ToList();
            var unrouted = Unrouted;

            _output.WriteLine($"Emulator coverage: {routed.Count} of {SpecInventory.Operations.Count} documented operations routed.");
            foreach (var section in unrouted.GroupBy(o => o.Section))
            {
                _output.WriteLine($"Not routed yet ({section.Key}):");
                foreach (var operation in section) _output.WriteLine("  " + operation.Operation);
            }

            Assert.Equal(SpecInventory.Operations.Count, routed.Count + unrouted.Count);
            Assert.NotEmpty(routed);
        }

        [Fact]
        public void Every_inventory_operation_is_routed()
        {
            Assert.True(Unrouted.Count == 0, "Not routed: " + string.Join(", ", Unrouted.Select(o => o.Operation)));
        }
    }
}
