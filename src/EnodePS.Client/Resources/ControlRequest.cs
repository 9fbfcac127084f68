using System.Net.Http;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Client.Http;
using EnodePS.Client.Models;

namespace EnodePS.Client.Resources
{
    /// <summary>The request every control endpoint shares: POST /{collection}/{id}/{control} with a JSON body (or none), answered with the created action.</summary>
    internal static class ControlRequest
    {
        public static Task<VendorAction> SendAsync<TBody>(ApiTransport transport, string collection, string deviceId, string control, TBody body,
            JsonTypeInfo<TBody> bodyType, CancellationToken cancellationToken) =>
            transport.SendAsync(HttpMethod.Post, RequestPath.Of("/{collection}/{deviceId}/{control}", collection, deviceId, control), body, bodyType, ActionsJsonContext.Default.VendorAction, cancellationToken);

        public static async Task<VendorAction> SendWithoutBodyAsync(ApiTransport transport, string collection, string deviceId, string control,
            CancellationToken cancellationToken)
        {
            var answer = await transport.SendCheckedAsync(HttpMethod.Post, RequestPath.Of("/{collection}/{deviceId}/{control}", collection, deviceId, control), null, cancellationToken).ConfigureAwait(false);
            return Errors.ProblemReader.Deserialize(answer, ActionsJsonContext.Default.VendorAction, $"answer to POST /{collection}/{{id}}/{control}");
        }

        /// <summary>PUT /{collection}/{id} with { locationId }: the device as it is afterwards.</summary>
        public static Task<TDevice> SetLocationAsync<TDevice>(ApiTransport transport, string collection, string deviceId, string? locationId,
            JsonTypeInfo<TDevice> deviceType, CancellationToken cancellationToken) =>
            transport.SendAsync(HttpMethod.Put, RequestPath.Of("/{collection}/{id}", collection, deviceId), new DeviceLocationRequest { LocationId = locationId },
                ActionsJsonContext.Default.DeviceLocationRequest, deviceType, cancellationToken);
    }
}
