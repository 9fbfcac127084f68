using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Client.Errors;
using EnodePS.Client.Http;
using EnodePS.Client.Models;
using EnodePS.Client.Paging;
using EnodePS.Client.Validation;

namespace EnodePS.Client.Resources
{
    /// <summary>The User section: users, linking and relinking, disconnecting vendors, deleting and deauthorizing.</summary>
    public sealed class UsersResource
    {
        /// <summary>How long a link session can be used, as the reference states.</summary>
        public static readonly TimeSpan LinkSessionLifetime = TimeSpan.FromHours(24);

        private readonly ApiTransport _transport;
        private readonly TimeProvider _time;

        internal UsersResource(ApiTransport transport, TimeProvider time)
        {
            _transport = transport;
            _time = time;
        }

        /// <summary>Every user, newest first. Listed users carry CreatedAt and Scopes, not LinkedVendors.</summary>
        public IAsyncEnumerable<User> ListAsync(PageOptions? options = null, CancellationToken cancellationToken = default) =>
            Paginator.StreamAsync(_transport, "/users", null, UsersJsonContext.Default.PageUser, options, cancellationToken);

        /// <summary>One user with the vendors they have linked and whether each one's credentials are valid.</summary>
        public Task<User> GetAsync(string userId, CancellationToken cancellationToken = default) =>
            _transport.GetAsync(RequestPath.Of("/users/{id}", userId), UsersJsonContext.Default.User, cancellationToken);

        /// <summary>Deletes the user and all their data, for good.</summary>
        public Task DeleteAsync(string userId, CancellationToken cancellationToken = default) =>
            _transport.SendAsync(HttpMethod.Delete, RequestPath.Of("/users/{id}", userId), null, cancellationToken);

        /// <summary>Disconnects a vendor from the user: every type of it, or only <paramref name="vendorType"/>. Its assets are removed.</summary>
        public Task DisconnectVendorAsync(string userId, string vendor, string? vendorType = null, CancellationToken cancellationToken = default)
        {
            var canonical = Vendors.Canonical(vendor, nameof(vendor));
            var path = vendorType == null
                ? RequestPath.Of("/users/{userId}/vendors/{vendor}", userId, canonical)
                : RequestPath.Of("/users/{userId}/vendors/{vendor}/{vendorType}", userId, canonical, AssetTypes.Check(vendorType, AssetTypes.Linkable, nameof(vendorType)));
            return _transport.SendAsync(HttpMethod.Delete, path, null, cancellationToken);
        }

        /// <summary>Deletes the user's vendor credentials (and so their assets), keeping the user and the rest of their data.</summary>
        public Task DeauthorizeAsync(string userId, CancellationToken cancellationToken = default) =>
            _transport.SendAsync(HttpMethod.Delete, RequestPath.Of("/users/{userId}/authorization", userId), null, cancellationToken);

        /// <summary>
        /// Creates a link session for the user (created by the API if new). Checks the request first (see
        /// <see cref="Check(LinkSessionRequest)"/>); the connections-limit problem becomes <see cref="EnodeConnectionsLimitException"/>.
        /// </summary>
        public async Task<LinkSession> LinkAsync(string userId, LinkSessionRequest request, CancellationToken cancellationToken = default)
        {
            var body = Check(request);
            var expiresAt = _time.GetUtcNow() + LinkSessionLifetime;
            LinkSession session;
            try
            {
                session = await _transport.SendAsync(HttpMethod.Post, RequestPath.Of("/users/{userId}/link", userId), body,
                    UsersJsonContext.Default.LinkSessionRequest, UsersJsonContext.Default.LinkSession, cancellationToken).ConfigureAwait(false);
            }
            catch (EnodeApiException ex) when (EnodeConnectionsLimitException.Matches(ex))
            {
                throw new EnodeConnectionsLimitException(ex);
            }
            session.UserId = userId;
            session.ExpiresAt = expiresAt;
            return session;
        }

        /// <summary>Creates a relink session for an asset whose credentials have become invalid.</summary>
        public async Task<LinkSession> RelinkAsync(string assetId, RelinkSessionRequest? request = null, CancellationToken cancellationToken = default)
        {
            var body = new RelinkSessionRequest
            {
                Language = request?.Language == null ? null : LinkUi.Language(request.Language, "language"),
                RedirectUri = request?.RedirectUri == null ? null : LinkUi.RedirectUri(request.RedirectUri, "redirectUri"),
                ColorScheme = request?.ColorScheme == null ? null : LinkUi.ColorScheme(request.ColorScheme, "colorScheme"),
            };
            var expiresAt = _time.GetUtcNow() + LinkSessionLifetime;
            var session = await _transport.SendAsync(HttpMethod.Post, RequestPath.Of("/assets/{assetId}/relink", assetId), body,
                UsersJsonContext.Default.RelinkSessionRequest, UsersJsonContext.Default.LinkSession, cancellationToken).ConfigureAwait(false);
            session.AssetId = assetId;
            session.ExpiresAt = expiresAt;
            return session;
        }

        /// <summary>
        /// The request in the API's spelling, or <see cref="EnodeValidationException"/> naming the first wrong field:
        /// vendor, vendorType, language and colorScheme from the reference's lists, an absolute redirectUri, and scopes
        /// that include "&lt;type&gt;:read:data" for every asset type asked for.
        /// </summary>
        public static LinkSessionRequest Check(LinkSessionRequest request)
        {
            if (request == null) throw new ArgumentNullException(nameof(request));
            var vendorType = request.VendorType == null ? null : AssetTypes.Check(request.VendorType, AssetTypes.Linkable, "vendorType");
            return new LinkSessionRequest
            {
                Vendor = request.Vendor == null ? null : Vendors.Canonical(request.Vendor, "vendor"),
                VendorType = vendorType,
                Scopes = LinkScopes.Check(request.Scopes, vendorType, "scopes"),
                Language = LinkUi.Language(request.Language, "language"),
                RedirectUri = LinkUi.RedirectUri(request.RedirectUri, "redirectUri"),
                ColorScheme = request.ColorScheme == null ? null : LinkUi.ColorScheme(request.ColorScheme, "colorScheme"),
            };
        }
    }
}
