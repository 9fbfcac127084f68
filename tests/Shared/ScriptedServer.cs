using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace EnodePS.Tests.Shared
{
    /// <summary>
    /// A small hostile HTTP/1.1 server on 127.0.0.1 for what only a real socket shows (redirects followed by the
    /// platform's handler): each request is recorded and answered by <see cref="Respond"/>, one request per connection.
    /// </summary>
    public sealed class ScriptedServer : IDisposable
    {
        private readonly TcpListener _listener = new TcpListener(IPAddress.Loopback, 0);
        private readonly CancellationTokenSource _stop = new CancellationTokenSource();

        public ScriptedServer(Func<ScriptedRequest, string> respond)
        {
            Respond = respond;
            _listener.Start();
            BaseUrl = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
            _ = Task.Run(AcceptLoop);
        }

        public Uri BaseUrl { get; }
        public Func<ScriptedRequest, string> Respond { get; }
        public ConcurrentQueue<ScriptedRequest> Received { get; } = new ConcurrentQueue<ScriptedRequest>();

        /// <summary>A whole HTTP/1.1 answer with Content-Length and Connection: close.</summary>
        public static string Answer(int status, string reason, string body = "", string contentType = "application/json", params string[] headers)
        {
            var text = new StringBuilder($"HTTP/1.1 {status} {reason}\r\n");
            foreach (var header in headers) text.Append(header).Append("\r\n");
            text.Append($"Content-Type: {contentType}\r\nContent-Length: {Encoding.UTF8.GetByteCount(body)}\r\nConnection: close\r\n\r\n").Append(body);
            return text.ToString();
        }

        private async Task AcceptLoop()
        {
            while (!_stop.IsCancellationRequested)
            {
                TcpClient client;
                try { client = await _listener.AcceptTcpClientAsync().ConfigureAwait(false); }
                catch (Exception) { return; }
                _ = Task.Run(() => Serve(client));
            }
        }

        private async Task Serve(TcpClient client)
        {
            using (client)
            using (var stream = client.GetStream())
            {
                try
                {
                    var head = new StringBuilder();
                    var one = new byte[1];
                    while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
                    {
                        if (await stream.ReadAsync(one, 0, 1).ConfigureAwait(false) == 0) return;
                        head.Append((char)one[0]);
                    }
                    var lines = head.ToString().Split(new[] { "\r\n" }, StringSplitOptions.RemoveEmptyEntries);
                    var start = lines[0].Split(' ');
                    var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                    for (var i = 1; i < lines.Length; i++)
                    {
                        var colon = lines[i].IndexOf(':');
                        if (colon > 0) headers[lines[i].Substring(0, colon).Trim()] = lines[i].Substring(colon + 1).Trim();
                    }
                    var length = headers.TryGetValue("Content-Length", out var l) ? int.Parse(l) : 0;
                    var body = new byte[length];
                    for (var read = 0; read < length;)
                    {
                        var n = await stream.ReadAsync(body, read, length - read).ConfigureAwait(false);
                        if (n == 0) break;
                        read += n;
                    }
                    var request = new ScriptedRequest(start[0], start[1], headers, Encoding.UTF8.GetString(body));
                    Received.Enqueue(request);
                    var answer = Encoding.UTF8.GetBytes(Respond(request));
                    await stream.WriteAsync(answer, 0, answer.Length).ConfigureAwait(false);
                }
                catch (IOException) { }
            }
        }

        public void Dispose()
        {
            _stop.Cancel();
            _listener.Stop();
        }
    }

    public sealed class ScriptedRequest
    {
        public ScriptedRequest(string method, string target, IReadOnlyDictionary<string, string> headers, string body)
        {
            Method = method;
            Target = target;
            Headers = headers;
            Body = body;
        }

        public string Method { get; }
        public string Target { get; }
        public IReadOnlyDictionary<string, string> Headers { get; }
        public string Body { get; }
        public override string ToString() => $"{Method} {Target}";
    }
}
