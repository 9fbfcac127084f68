using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Client.Http;
using EnodePS.Client.Models;

namespace EnodePS.Client.Resources
{
    /// <summary>The Interventions section of the API: what users must do to make a capability work.</summary>
    public sealed class InterventionsResource
    {
        /// <summary>The languages the API translates interventions into (others fall back to en-US).</summary>
        public static readonly IReadOnlyList<string> Languages = new[]
        {
            "en-US", "en-GB", "de-DE", "fr-FR", "es-ES", "ja-JP", "pt-PT", "lv-LV", "lt-LT", "nl-NL", "nl-BE", "nb-NO",
            "pl-PL", "sv-SE", "da-DK", "fi-FI", "ro-RO",
        };

        private readonly ApiTransport _transport;

        internal InterventionsResource(ApiTransport transport) { _transport = transport; }

        /// <summary>Every intervention (one request, not paged), optionally of one vendor type and vendor, in a language.</summary>
        public async Task<IReadOnlyList<Intervention>> ListAsync(string? vendorType = null, string? vendor = null, string? language = null,
            CancellationToken cancellationToken = default)
        {
            var path = RequestPath.WithQuery("/interventions", Query(vendorType, vendor, language));
            return await _transport.GetAsync(path, InterventionsJsonContext.Default.ListIntervention, cancellationToken).ConfigureAwait(false);
        }

        public Task<Intervention> GetAsync(string interventionId, string? language = null, CancellationToken cancellationToken = default) =>
            GetAsync(interventionId, null, null, language, cancellationToken);

        /// <summary>GET /interventions/{id}, with the reference's vendorType and vendor filters when given.</summary>
        public Task<Intervention> GetAsync(string interventionId, string? vendorType, string? vendor, string? language = null,
            CancellationToken cancellationToken = default) =>
            _transport.GetAsync(RequestPath.WithQuery(RequestPath.Of("/interventions/{id}", interventionId), Query(vendorType, vendor, language)),
                InterventionsJsonContext.Default.Intervention, cancellationToken);

        private static List<KeyValuePair<string, string?>> Query(string? vendorType, string? vendor, string? language) =>
            new List<KeyValuePair<string, string?>>
            {
                new KeyValuePair<string, string?>("language", language == null ? null : AllowedValues.Normalize(language, Languages, nameof(language))),
                new KeyValuePair<string, string?>("vendorType", vendorType == null ? null : DeviceTypes.Normalize(vendorType, nameof(vendorType))),
                new KeyValuePair<string, string?>("vendor", vendor),
            };
    }
}
