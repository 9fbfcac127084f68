using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using EnodePS.Client;
using EnodePS.Client.Paging;
using EnodePS.Cmdlets.Connections;
using EnodePS.Cmdlets.Vehicles;
using EnodePS.Connections;
using EnodePS.Infrastructure;

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
        public const string Baseline = "baseline", Models = "models", Client = "client", Cmdlet = "cmdlet";
        public static readonly string[] All = { Baseline, Models, Client, Cmdlet };

        public static IListingPath Create(string name, Target target) => name switch
        {
            Baseline => new RawHttpPath(target, typed: false),
            Models => new RawHttpPath(target, typed: true),
            Client => new ClientPath(target),
            Cmdlet => new CmdletPath(target),
            _ => throw new ArgumentException($"Unknown path '{name}': use {string.Join(", ", All)}."),
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

    /// <summary>
    /// Get-EnodeVehicle -PageSize 50 -First n, run through the cmdlet seam (as PowerShell would run it) with a host
    /// that counts and drops what is written: the pump, the marshalling to the pipeline thread, the recent-ids cache.
    /// </summary>
    internal sealed class CmdletPath : IListingPath
    {
        private readonly Target _target;
        private EnodeConnection? _connection;

        public CmdletPath(Target target) { _target = target; }

        public string Name => ListingPaths.Cmdlet;

        public Task PrepareAsync()
        {
            _connection = Connect(_target);
            return Task.CompletedTask;
        }

        /// <summary>Connect-Enode -ClientId -ClientSecret -ApiUrl -TokenUrl -PassThru, through the seam.</summary>
        public static EnodeConnection Connect(Target target)
        {
            var host = new CountingHost { KeepLast = true };
            var connect = new ConnectEnodeCommand
            {
                ClientId = target.ClientId,
                ClientSecret = SecureStrings.FromPlain(target.ClientSecret),
                ApiUrl = new Uri(target.ApiUrl),
                TokenUrl = new Uri(target.TokenUrl),
                Name = "benchmark",
            };
            connect.SetSwitchPresent("PassThru");
            Seam.Run(connect, host, "ClientSecret");
            return (EnodeConnection)host.Last!;
        }

        public Task<long> ListAsync(long count, Action<long>? onItem)
        {
            var host = new CountingHost(new PagingRequest(count, 0)) { OnObject = onItem };
            Seam.Run(new GetEnodeVehicleCommand { PageSize = ListingPaths.PageSize, Connection = _connection }, host, "List");
            return Task.FromResult(host.Objects);
        }

        public void Dispose() => _connection?.Dispose();
    }
}
