using System.Text.Json.Serialization;
using EnodePS.Client.Paging;

namespace EnodePS.Client.Models
{
    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, PreferredObjectCreationHandling = JsonObjectCreationHandling.Populate)]
    [JsonSerializable(typeof(Webhook))]
    [JsonSerializable(typeof(Page<Webhook>))]
    [JsonSerializable(typeof(WebhookTestResult))]
    internal sealed partial class WebhooksJsonContext : JsonSerializerContext
    {
    }
}
