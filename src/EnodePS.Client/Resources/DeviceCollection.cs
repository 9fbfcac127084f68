using System;
using System.Collections.Generic;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Client.Http;
using EnodePS.Client.Paging;

namespace EnodePS.Client.Resources
{
    /// <summary>
    /// What every device section of the API shares: the whole collection or one user's (newest first, streamed page
    /// by page), and one device by id. Each section adds its own calls (control, refresh hints, statistics).
    /// </summary>
    public abstract class DeviceCollection<TDevice>
    {
        // Getters, not the type infos themselves: a JSON context builds a type's metadata (a few dozen methods to compile
        // per device kind) when first asked, and the client makes every section at once (Connect-Enode), while a
        // runbook may list one kind only. The context keeps what it built, so later calls cost a property read.
        private readonly Func<JsonTypeInfo<TDevice>> _deviceType;
        private readonly Func<JsonTypeInfo<Page<TDevice>>> _pageType;

        private protected DeviceCollection(ApiTransport transport, string collection, Func<JsonTypeInfo<TDevice>> deviceType, Func<JsonTypeInfo<Page<TDevice>>> pageType)
        {
            Transport = transport;
            Collection = collection;
            _deviceType = deviceType;
            _pageType = pageType;
        }

        private protected ApiTransport Transport { get; }

        /// <summary>The collection's path segment, e.g. "chargers".</summary>
        public string Collection { get; }

        /// <summary>All devices of this kind, or one user's when <paramref name="userId"/> is given, newest first.</summary>
        public IAsyncEnumerable<TDevice> ListAsync(string? userId = null, PageOptions? options = null, CancellationToken cancellationToken = default)
        {
            var path = userId == null ? "/" + Collection : RequestPath.Of("/users/{userId}/{collection}", userId, Collection);
            return Paginator.StreamAsync(Transport, path, null, _pageType(), options, cancellationToken);
        }

        public Task<TDevice> GetAsync(string id, CancellationToken cancellationToken = default) =>
            Transport.GetAsync(RequestPath.Of("/{collection}/{id}", Collection, id), _deviceType(), cancellationToken);
    }
}
