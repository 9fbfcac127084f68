using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Emulator.Routing;

namespace EnodePS.Emulator.Http
{
    /// <summary>
    /// Serves an emulator over HTTP/1.1 on 127.0.0.1 only. A small server of its own rather than HttpListener, so
    /// that injected faults are real: a dropped connection is a reset socket, a truncated body is cut mid-stream; and
    /// so that it needs no URL reservation on Windows (Receive-EnodeWebhook listens with it too, see <see cref="Serve"/>).
    /// </summary>
    public sealed class LoopbackServer : IDisposable
    {
        private const int MaxHeaderBytes = 64 * 1024;
        private const int MaxBodyBytes = 16 * 1024 * 1024;

        private readonly Func<EmulatorRequest, CancellationToken, Task<EmulatorResponse>> _handle;
        private readonly TcpListener _listener;
        private readonly CancellationTokenSource _stopping = new CancellationTokenSource();
        private readonly Task _acceptLoop;
        private readonly HashSet<TcpClient> _open = new HashSet<TcpClient>();
        private int _answering;

        private LoopbackServer(Func<EmulatorRequest, CancellationToken, Task<EmulatorResponse>> handle, TcpListener listener)
        {
            _handle = handle;
            _listener = listener;
            Port = ((IPEndPoint)listener.LocalEndpoint).Port;
            BaseUrl = new Uri($"http://127.0.0.1:{Port}/");
            _acceptLoop = Task.Run(AcceptLoopAsync);
        }

        public int Port { get; }
        public Uri BaseUrl { get; }
        public Uri TokenUrl => new Uri(BaseUrl, "oauth2/token");

        internal static LoopbackServer Start(EnodeEmulator emulator, int port) => Serve(emulator.HandleAsync, port);

        /// <summary>Answers every request on 127.0.0.1:<paramref name="port"/> (a free port when 0) with the handler.</summary>
        public static LoopbackServer Serve(Func<EmulatorRequest, CancellationToken, Task<EmulatorResponse>> handle, int port = 0)
        {
            var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start(512);
            return new LoopbackServer(handle, listener);
        }

        private async Task AcceptLoopAsync()
        {
            while (!_stopping.IsCancellationRequested)
            {
                TcpClient client;
                try
                {
                    client = await _listener.AcceptTcpClientAsync().ConfigureAwait(false);
                }
                catch (Exception) when (_stopping.IsCancellationRequested)
                {
                    return;
                }
                catch (SocketException)
                {
                    continue;
                }
                lock (_open) _open.Add(client);
                _ = Task.Run(() => ServeConnectionAsync(client));
            }
        }

        private async Task ServeConnectionAsync(TcpClient client)
        {
            try
            {
                client.NoDelay = true;
                var stream = client.GetStream();
                var reader = new RequestReader(stream);
                while (!_stopping.IsCancellationRequested)
                {
                    var request = await reader.ReadAsync(_stopping.Token).ConfigureAwait(false);
                    if (request == null) return;
                    Interlocked.Increment(ref _answering);
                    try
                    {
                        var answer = await _handle(request.Value.Request, _stopping.Token).ConfigureAwait(false);
                        if (answer.DropConnection)
                        {
                            client.Client.LingerState = new LingerOption(true, 0); // reset, not a graceful close
                            return;
                        }
                        await WriteAsync(stream, answer, request.Value.KeepAlive).ConfigureAwait(false);
                        if (answer.TruncateBody || !request.Value.KeepAlive) return;
                    }
                    finally
                    {
                        Interlocked.Decrement(ref _answering);
                    }
                }
            }
            catch (Exception ex) when (ex is IOException || ex is SocketException || ex is OperationCanceledException || ex is ObjectDisposedException)
            {
                // the peer went away or the server is stopping
            }
            finally
            {
                lock (_open) _open.Remove(client);
                client.Dispose();
            }
        }

        private static async Task WriteAsync(NetworkStream stream, EmulatorResponse answer, bool keepAlive)
        {
            var head = new StringBuilder();
            head.Append("HTTP/1.1 ").Append(answer.Status.ToString(CultureInfo.InvariantCulture)).Append(' ')
                .Append(ReasonPhrase(answer.Status)).Append("\r\n");
            head.Append("Date: ").Append(DateTimeOffset.UtcNow.ToString("r", CultureInfo.InvariantCulture)).Append("\r\n");
            if (answer.ContentType != null) head.Append("Content-Type: ").Append(answer.ContentType).Append("\r\n");
            foreach (var h in answer.Headers) head.Append(h.Key).Append(": ").Append(h.Value).Append("\r\n");
            head.Append("Content-Length: ").Append(answer.Body.Length.ToString(CultureInfo.InvariantCulture)).Append("\r\n");
            head.Append(keepAlive && !answer.TruncateBody ? "Connection: keep-alive\r\n" : "Connection: close\r\n");
            head.Append("\r\n");
            var headBytes = Encoding.ASCII.GetBytes(head.ToString());
            await stream.WriteAsync(headBytes, 0, headBytes.Length).ConfigureAwait(false);
            var sent = answer.TruncateBody ? answer.Body.Length / 2 : answer.Body.Length;
            if (sent > 0) await stream.WriteAsync(answer.Body, 0, sent).ConfigureAwait(false);
            await stream.FlushAsync().ConfigureAwait(false);
        }

        private static string ReasonPhrase(int status)
        {
            switch (status)
            {
                case 200: return "OK";
                case 201: return "Created";
                case 202: return "Accepted";
                case 204: return "No Content";
                case 400: return "Bad Request";
                case 401: return "Unauthorized";
                case 403: return "Forbidden";
                case 404: return "Not Found";
                case 405: return "Method Not Allowed";
                case 408: return "Request Timeout";
                case 409: return "Conflict";
                case 422: return "Unprocessable Entity";
                case 424: return "Failed Dependency";
                case 429: return "Too Many Requests";
                case 500: return "Internal Server Error";
                case 503: return "Service Unavailable";
                default: return "Status";
            }
        }

        public void Dispose()
        {
            if (_stopping.IsCancellationRequested) return;
            _stopping.Cancel();
            _listener.Stop();
            // Answers already being made are finished first (for up to two seconds): the request that made the owner
            // stop, such as the delivery that brought Receive-EnodeWebhook its last event, still gets its answer.
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (Volatile.Read(ref _answering) > 0 && waited.Elapsed < TimeSpan.FromSeconds(2)) Thread.Sleep(10);
            lock (_open)
            {
                foreach (var client in _open) client.Dispose();
                _open.Clear();
            }
            try { _acceptLoop.Wait(TimeSpan.FromSeconds(2)); } catch (AggregateException) { }
        }

        /// <summary>Reads HTTP/1.1 requests (Content-Length or chunked bodies) off one connection.</summary>
        private sealed class RequestReader
        {
            private readonly Stream _stream;
            private readonly byte[] _buffer = new byte[16 * 1024];
            private int _start;
            private int _end;

            public RequestReader(Stream stream) { _stream = stream; }

            public async Task<(EmulatorRequest Request, bool KeepAlive)?> ReadAsync(CancellationToken ct)
            {
                var requestLine = await ReadLineAsync(ct).ConfigureAwait(false);
                if (requestLine == null) return null;
                var parts = requestLine.Split(' ');
                if (parts.Length < 3) throw new IOException("Malformed request line.");

                var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                var headerBytes = 0;
                while (true)
                {
                    var line = await ReadLineAsync(ct).ConfigureAwait(false) ?? throw new IOException("Connection closed in headers.");
                    if (line.Length == 0) break;
                    headerBytes += line.Length;
                    if (headerBytes > MaxHeaderBytes) throw new IOException("Headers too large.");
                    var colon = line.IndexOf(':');
                    if (colon <= 0) continue;
                    var name = line.Substring(0, colon).Trim();
                    var value = line.Substring(colon + 1).Trim();
                    headers[name] = headers.TryGetValue(name, out var existing) ? existing + ", " + value : value;
                }

                byte[] body;
                if (headers.TryGetValue("Transfer-Encoding", out var te) && te.IndexOf("chunked", StringComparison.OrdinalIgnoreCase) >= 0)
                    body = await ReadChunkedAsync(ct).ConfigureAwait(false);
                else if (headers.TryGetValue("Content-Length", out var lengthText) && int.TryParse(lengthText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var length))
                {
                    if (length < 0 || length > MaxBodyBytes) throw new IOException("Body too large.");
                    body = await ReadExactlyAsync(length, ct).ConfigureAwait(false);
                }
                else body = new byte[0];

                var target = parts[1];
                var q = target.IndexOf('?');
                var path = q < 0 ? target : target.Substring(0, q);
                var query = q < 0 ? "" : target.Substring(q);
                var keepAlive = !(headers.TryGetValue("Connection", out var connection) && connection.Equals("close", StringComparison.OrdinalIgnoreCase))
                                && parts[2] == "HTTP/1.1";
                return (new EmulatorRequest(parts[0], path, EmulatorRequest.ParseQuery(query), headers, body), keepAlive);
            }

            private async Task<byte[]> ReadChunkedAsync(CancellationToken ct)
            {
                using (var body = new MemoryStream())
                {
                    while (true)
                    {
                        var sizeLine = await ReadLineAsync(ct).ConfigureAwait(false) ?? throw new IOException("Connection closed in body.");
                        var semi = sizeLine.IndexOf(';');
                        var size = int.Parse(semi < 0 ? sizeLine : sizeLine.Substring(0, semi), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                        if (size == 0)
                        {
                            while (!string.IsNullOrEmpty(await ReadLineAsync(ct).ConfigureAwait(false))) { }
                            return body.ToArray();
                        }
                        if (body.Length + size > MaxBodyBytes) throw new IOException("Body too large.");
                        var chunk = await ReadExactlyAsync(size, ct).ConfigureAwait(false);
                        body.Write(chunk, 0, chunk.Length);
                        await ReadLineAsync(ct).ConfigureAwait(false);
                    }
                }
            }

            private async Task<byte[]> ReadExactlyAsync(int count, CancellationToken ct)
            {
                var result = new byte[count];
                var filled = 0;
                while (filled < count)
                {
                    if (_start == _end && !await FillAsync(ct).ConfigureAwait(false)) throw new IOException("Connection closed in body.");
                    var n = Math.Min(count - filled, _end - _start);
                    Buffer.BlockCopy(_buffer, _start, result, filled, n);
                    _start += n;
                    filled += n;
                }
                return result;
            }

            private async Task<string?> ReadLineAsync(CancellationToken ct)
            {
                var line = new StringBuilder();
                while (true)
                {
                    if (_start == _end && !await FillAsync(ct).ConfigureAwait(false))
                        return line.Length == 0 ? null : throw new IOException("Connection closed mid-line.");
                    var c = (char)_buffer[_start++];
                    if (c == '\n') return line.ToString().TrimEnd('\r');
                    if (line.Length > MaxHeaderBytes) throw new IOException("Line too long.");
                    line.Append(c);
                }
            }

            private async Task<bool> FillAsync(CancellationToken ct)
            {
                _start = 0;
                _end = await _stream.ReadAsync(_buffer, 0, _buffer.Length, ct).ConfigureAwait(false);
                return _end > 0;
            }
        }
    }
}
