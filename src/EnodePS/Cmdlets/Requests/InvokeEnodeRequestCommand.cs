using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using System.Net.Http;
using EnodePS.Client.Http;
using EnodePS.Client.Json;
using EnodePS.Client.Paging;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Requests
{
    /// <summary>
    /// <para type="synopsis">Sends a request to any Enode API path: the escape hatch for what no typed cmdlet covers.</para>
    /// </summary>
    [Cmdlet(VerbsLifecycle.Invoke, "EnodeRequest", HelpUri = HelpLinks.Cmdlets + "Invoke-EnodeRequest.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(PSObject))]
    public sealed class InvokeEnodeRequestCommand : ConnectedCmdlet
    {
        [Parameter(Position = 1)]
        [ValidateSet("GET", "POST", "PUT", "PATCH", "DELETE", IgnoreCase = true)]
        public string Method { get; set; } = "GET";

        /// <summary>The path after the API URL, e.g. /vehicles or /health/ready; may carry a query string.</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [ValidatePattern(@"\A/")]
        public string? Path { get; set; }

        /// <summary>Query parameters added to the path.</summary>
        [Parameter]
        public IDictionary? Query { get; set; }

        /// <summary>The JSON body: a hashtable or object (converted to JSON), or a JSON string sent as it is.</summary>
        [Parameter(ValueFromPipeline = true)]
        public object? Body { get; set; }

        /// <summary>Follows pagination.after and streams every item of "data" of every page.</summary>
        [Parameter]
        public SwitchParameter All { get; set; }

        /// <summary>Outputs the answer's JSON text instead of objects.</summary>
        [Parameter]
        public SwitchParameter Raw { get; set; }

        protected override void Process()
        {
            var connection = ActiveConnection;
            var method = Method.ToUpperInvariant();
            var path = RequestPath.WithQuery(Path!, QueryPairs());
            var json = BodyJson();
            if (json != null && (method == "GET" || method == "DELETE"))
                InvalidParameter(nameof(Body), "(a body)", $"nothing with {method}: a body goes with POST, PUT and PATCH (give {method} parameters with -Query).");

            if (All.IsPresent)
            {
                if (method != "GET") InvalidParameter(nameof(All), method, "-All follows pages of GET requests only.");
                foreach (var item in Stream(connection, (client, ct) => client.Raw.StreamAsync(path, PSCustomObjectBuilder.Instance, new PageOptions(), ct)))
                    Output(item);
                return;
            }

            if (method != "GET" && !ShouldProcess(path, method)) return;
            var response = Call(connection, (client, ct) => client.Raw.SendAsync(new HttpMethod(method), path, json, ct));
            if (Raw.IsPresent) { Output(response.Body); return; }
            if (string.IsNullOrWhiteSpace(response.Body)) return;
            Output(JsonTree.ParseAnswer(response.Body, $"answer to {method} {Path!.Split('?')[0]}", PSCustomObjectBuilder.Instance));
        }

        private IEnumerable<KeyValuePair<string, string?>> QueryPairs()
        {
            if (Query == null) yield break;
            foreach (DictionaryEntry entry in Query)
            {
                var key = Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? "";
                var value = PowerShellValues.ToPlain(entry.Value);
                if (value is IEnumerable list && !(value is string))
                {
                    foreach (var item in list) yield return new KeyValuePair<string, string?>(key, Format(item));
                }
                else
                {
                    yield return new KeyValuePair<string, string?>(key, Format(value));
                }
            }
        }

        /// <summary>Null for a $null value, so that the parameter is left out rather than sent empty ("pageSize=").</summary>
        private static string? Format(object? value) =>
            value == null ? null : value is bool b ? (b ? "true" : "false") : Convert.ToString(value, CultureInfo.InvariantCulture);

        private string? BodyJson()
        {
            if (Body == null) return null;
            var plain = PowerShellValues.ToPlain(Body);
            if (!(plain is string text)) return JsonTree.Serialize(plain);
            try
            {
                return JsonTree.CheckJson(text, nameof(Body));
            }
            catch (ArgumentException ex)
            {
                // The text is not repeated: it may hold a secret.
                InvalidParameter(nameof(Body), "(the JSON text)", ex);
                return null;
            }
        }
    }
}
