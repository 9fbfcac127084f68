using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using EnodePS.Tests.Shared;

namespace EnodePS.Emulator.Tests.Support
{
    /// <summary>Plain HttpClient calls to a loopback emulator: the emulator is tested without EnodePS.Client.</summary>
    public sealed class RawHttp : IDisposable
    {
        private readonly LoopbackEmulator _host;
        private readonly HttpClient _http = new HttpClient();
        private string? _token;

        public RawHttp(LoopbackEmulator host) { _host = host; }

        public async Task<string> TokenAsync()
        {
            if (_token != null) return _token;
            var request = new HttpRequestMessage(HttpMethod.Post, _host.TokenUrl)
            {
                Content = new FormUrlEncodedContent(new[] { new System.Collections.Generic.KeyValuePair<string, string>("grant_type", "client_credentials") }),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
                Convert.ToBase64String(Encoding.UTF8.GetBytes(_host.Emulator.ClientId + ":" + _host.Emulator.RevealClientSecret())));
            var response = await _http.SendAsync(request);
            response.EnsureSuccessStatusCode();
            _token = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["access_token"]!.GetValue<string>();
            return _token;
        }

        /// <summary>
        /// Sends each request on a connection of its own. HttpClient silently retries a request once when a reused
        /// connection fails before any answer, which would hide an injected dropped connection.
        /// </summary>
        public bool NewConnectionPerRequest { get; set; }

        public async Task<(int Status, JsonNode? Body, HttpResponseMessage Response)> SendAsync(HttpMethod method, string path, string? json = null, bool authenticate = true)
        {
            var (status, text, response) = await SendTextAsync(method, path, json, authenticate);
            return (status, text.Length == 0 ? null : JsonNode.Parse(text), response);
        }

        /// <summary>The answer's body as text, unparsed: for answers that are not meant to be JSON.</summary>
        public async Task<(int Status, string Text, HttpResponseMessage Response)> SendTextAsync(HttpMethod method, string path, string? json = null, bool authenticate = true)
        {
            var request = new HttpRequestMessage(method, new Uri(_host.ApiUrl, path.TrimStart('/')));
            if (authenticate) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync());
            if (json != null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
            using var own = NewConnectionPerRequest ? new HttpClient() : null;
            var response = await (own ?? _http).SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            return ((int)response.StatusCode, text, response);
        }

        public Task<(int Status, JsonNode? Body, HttpResponseMessage Response)> GetAsync(string path) => SendAsync(HttpMethod.Get, path);

        public void Dispose() => _http.Dispose();
    }
}
