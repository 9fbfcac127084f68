using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using EnodePS.Client;
using EnodePS.Client.Paging;

namespace EnodePS.Benchmarks
{
    /// <summary>One way of reading the first <c>count</c> vehicles, 50 per page, from the emulator host.</summary>
    internal interface IListingPath : IDisposable
    {
        string Name { get; }

        /// <summary>Authenticates (and connects), so that the measured listings only list.</summary>
        Task PrepareAsync();

        /// <summary>Reads the items, calling <paramref name="onItem"/> (when given) with the running count; returns the count read.</summary>
        Task<long> ListAsync(long count, Action<long>? onItem);
    }

    internal static class ListingPaths
    {
        public const int PageSize = 50;

        /// <summary>Measured in a fresh process of this program (C#, no PowerShell).</summary>
        public const string Baseline = "baseline", Models = "models", Client = "client";

        /// <summary>Measured in a fresh pwsh (Scripts/measure-list.ps1): Get-EnodeVehicle, Invoke-EnodeRequest -All, an Invoke-RestMethod loop.</summary>
        public const string Cmdlet = "cmdlet", Raw = "raw", RestMethod = "irm";

        public static readonly string[] All = { Baseline, Models, Client, Cmdlet, Raw, RestMethod };
        public static readonly string[] Default = { Baseline, Cmdlet, Raw, RestMethod };

        public static bool InPowerShell(string name) => name == Cmdlet || name == Raw || name == RestMethod;

        public static string Describe(string name) => name switch
        {
            Baseline => "HttpClient + System.Text.Json pager (C#)",
            Models => "HttpClient + the client's models (C#)",
            Client => "EnodeClient.Vehicles.ListAsync (C#)",
            Cmdlet => "Get-EnodeVehicle -First n",
            Raw => "Invoke-EnodeRequest -All",
            RestMethod => "Invoke-RestMethod loop",
            _ => name,
        };

        public static IListingPath Create(string name, Target target) => name switch
        {
            Baseline => new RawHttpPath(target, typed: false),
            Models => new RawHttpPath(target, typed: true),
            Client => new ClientPath(target),
            _ => throw new ArgumentException($"Unknown C# path '{name}': use {Baseline}, {Models} or {Client}."),
        };
    }

    /// <summary>
    /// The practical limit: one HttpClient, a bearer token, and System.Text.Json reading each page's "data" ids and
    /// "pagination.after" from the response stream. No retries, no models, no logging. With <c>typed</c>, each page
    /// is read into the client's own models (Page&lt;Vehicle&gt;) instead: what the models cost, without the client's
    /// handlers, so that the gap between the baseline and the client can be split into models and pipeline.
    /// </summary>
    internal sealed class RawHttpPath : IListingPath
    {
        private readonly Target _target;
        private readonly bool _typed;
        private readonly HttpClient _http = new HttpClient(new SocketsHttpHandler());
        private string _token = "";

        public RawHttpPath(Target target, bool typed)
        {
            _target = target;
            _typed = typed;
        }

        public string Name => _typed ? ListingPaths.Models : ListingPaths.Baseline;

        public async Task PrepareAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, _target.TokenUrl)
            {
                Content = new FormUrlEncodedContent(new[] { new System.Collections.Generic.KeyValuePair<string, string>("grant_type", "client_credentials") }),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
                Convert.ToBase64String(Encoding.UTF8.GetBytes(Uri.EscapeDataString(_target.ClientId) + ":" + Uri.EscapeDataString(_target.ClientSecret))));
            using var response = await _http.SendAsync(request).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            using var document = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false));
            _token = document.RootElement.GetProperty("access_token").GetString()!;
        }

        public async Task<long> ListAsync(long count, Action<long>? onItem)
        {
            long read = 0;
            string? after = null;
            while (read < count)
            {
                var url = _target.ApiUrl + "vehicles?pageSize=" + ListingPaths.PageSize + (after == null ? "" : "&after=" + Uri.EscapeDataString(after));
                using var request = new HttpRequestMessage(HttpMethod.Get, url);
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
                request.Headers.Add("Enode-Version", EnodeEndpoints.DefaultApiVersion);
                using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
                response.EnsureSuccessStatusCode();
                using var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
                if (_typed)
                {
                    var typed = await JsonSerializer.DeserializeAsync(stream, BenchJson.Default.PageVehicle).ConfigureAwait(false);
                    foreach (var vehicle in typed!.Data!)
                    {
                        if (vehicle.Id == null) throw new InvalidOperationException("An item without an id.");
                        read++;
                        onItem?.Invoke(read);
                        if (read == count) return read;
                    }
                    after = typed.Pagination?.After;
                    if (after == null) break;
                    continue;
                }
                using var page = await JsonDocument.ParseAsync(stream).ConfigureAwait(false);
                foreach (var item in page.RootElement.GetProperty("data").EnumerateArray())
                {
                    if (item.GetProperty("id").GetString() == null) throw new InvalidOperationException("An item without an id.");
                    read++;
                    onItem?.Invoke(read); // (not onItem?.Invoke(++read): a null-conditional call skips its arguments)
                    if (read == count) return read;
                }
                after = page.RootElement.GetProperty("pagination").GetProperty("after").GetString();
                if (after == null) break;
            }
            return read;
        }

        public void Dispose() => _http.Dispose();
    }

    /// <summary>EnodeClient.Vehicles.ListAsync: typed models, the retry, authentication, header and logging handlers.</summary>
    internal sealed class ClientPath : IListingPath
    {
        private readonly EnodeClient _client;

        public ClientPath(Target target)
        {
            _client = new EnodeClient(new EnodeClientOptions
            {
                Environment = EnodeEnvironment.Custom,
                ApiUrl = new Uri(target.ApiUrl),
                TokenUrl = new Uri(target.TokenUrl),
                ClientId = target.ClientId,
                ClientSecret = SecureStrings.FromPlain(target.ClientSecret),
            });
        }

        public string Name => ListingPaths.Client;

        public Task PrepareAsync() => _client.GetAccessTokenAsync();

        public async Task<long> ListAsync(long count, Action<long>? onItem)
        {
            long read = 0;
            await foreach (var vehicle in _client.Vehicles.ListAsync(options: new PageOptions { PageSize = ListingPaths.PageSize, First = count }).ConfigureAwait(false))
            {
                if (vehicle.Id == null) throw new InvalidOperationException("An item without an id.");
                read++;
                onItem?.Invoke(read);
            }
            return read;
        }

        public void Dispose() => _client.Dispose();
    }
}
