using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Client.Actions;
using EnodePS.Client.Errors;
using EnodePS.Client.Http;
using EnodePS.Client.Models;

namespace EnodePS.Client.Resources
{
    /// <summary>Actions of vehicles, chargers, HVAC units and batteries: read one, cancel one, or wait for many.</summary>
    public sealed class ActionsResource
    {
        private readonly ApiTransport _transport;

        internal ActionsResource(ApiTransport transport) { _transport = transport; }

        /// <summary>GET /{targetType collection}/actions/{actionId}: the action as it is now.</summary>
        public Task<VendorAction> GetAsync(string targetType, string actionId, CancellationToken cancellationToken = default) =>
            _transport.GetAsync(PathOf(targetType, actionId), ActionsJsonContext.Default.VendorAction, cancellationToken);

        /// <summary>
        /// POST /{targetType collection}/actions/{actionId}/cancel: stops Enode trying a PENDING action. An action that
        /// is already resolved raises <see cref="ActionAlreadyResolvedException"/> carrying the action.
        /// </summary>
        public async Task<VendorAction> CancelAsync(string targetType, string actionId, CancellationToken cancellationToken = default)
        {
            var (status, action) = await _transport.SendReadingStatusAsync(HttpMethod.Post, PathOf(targetType, actionId) + "/cancel", null,
                ActionsJsonContext.Default.VendorAction, 409, cancellationToken).ConfigureAwait(false);
            if (status == 409) throw new ActionAlreadyResolvedException(action);
            return action;
        }

        /// <summary>Waits for many actions at once (see <see cref="ActionWaiter"/>), reporting each as it resolves.</summary>
        public IAsyncEnumerable<ActionWaitResult> WaitAsync(IEnumerable<ActionReference> actions, ActionWaitOptions? options = null,
            System.IProgress<ActionWaitProgress>? progress = null, CancellationToken cancellationToken = default) =>
            new ActionWaiter(this, options).WaitAsync(actions, progress, cancellationToken);

        private static string PathOf(string targetType, string actionId) =>
            RequestPath.Of("/{collection}/actions/{actionId}", DeviceTypes.CollectionOf(ActionTargetTypes.Normalize(targetType, nameof(targetType))), actionId);
    }
}
