using System;
using System.Buffers;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace EnodePS.Client.Http
{
    /// <summary>
    /// An answer's body, read whole by the retry handler (so that a cut-off body fails where it can be retried) into
    /// one array: of its exact size, which the transport parses as it is, or, for a request marked
    /// <see cref="PooledProperty"/> (pages of a listing, read and dropped one after another), an array rented from
    /// the shared pool, which the reader takes with <see cref="TakeBody"/> and gives back when done. HttpContent's own
    /// buffering would grow a buffer while reading and copy it once more for ReadAsByteArrayAsync.
    /// </summary>
    internal sealed class BufferedBodyContent : HttpContent
    {
        /// <summary>A request property: the body is read into a pooled array, for a reader that will call <see cref="TakeBody"/>.</summary>
        public const string PooledProperty = "EnodePS.PooledBody";

        private byte[] _buffer;
        private int _length;
        private bool _pooled;

        private BufferedBodyContent(byte[] buffer, int length, bool pooled, HttpContentHeaders original)
        {
            _buffer = buffer;
            _length = length;
            _pooled = pooled;
            foreach (var header in original)
                if (!string.Equals(header.Key, "Content-Length", StringComparison.OrdinalIgnoreCase))
                    Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        public int Length => _length;

        /// <summary>
        /// Reads the whole of <paramref name="content"/>; an answer that ends before its Content-Length is an
        /// <see cref="IOException"/>. With <paramref name="pooled"/>, into a rented array when the length is known.
        /// </summary>
        public static async Task<BufferedBodyContent> ReadAsync(HttpContent content, bool pooled, CancellationToken cancellationToken)
        {
            var length = content.Headers.ContentLength;
            using (var stream = await content.ReadAsStreamAsync().ConfigureAwait(false))
            {
                if (length is long known && known <= int.MaxValue)
                {
                    var size = (int)known;
                    var rent = pooled && size > 0;
                    var buffer = rent ? ArrayPool<byte>.Shared.Rent(size) : new byte[size];
                    try
                    {
                        var read = 0;
                        while (read < size)
                        {
                            var n = await stream.ReadAsync(buffer, read, size - read, cancellationToken).ConfigureAwait(false);
                            if (n == 0) throw new IOException($"The answer ended after {read} of the {known} bytes it announced.");
                            read += n;
                        }
                    }
                    catch
                    {
                        if (rent) ArrayPool<byte>.Shared.Return(buffer);
                        throw;
                    }
                    return new BufferedBodyContent(buffer, size, rent, content.Headers);
                }

                using (var whole = new MemoryStream())
                {
                    await stream.CopyToAsync(whole, 81920, cancellationToken).ConfigureAwait(false);
                    var body = whole.ToArray();
                    return new BufferedBodyContent(body, body.Length, false, content.Headers);
                }
            }
        }

        /// <summary>The body as an array of its exact size: this content's own when it has one, else a copy.</summary>
        public byte[] ToArray()
        {
            if (!_pooled && _buffer.Length == _length) return _buffer;
            var copy = new byte[_length];
            Buffer.BlockCopy(_buffer, 0, copy, 0, _length);
            return copy;
        }

        /// <summary>Hands the body over to the caller, who disposes it; this content is empty afterwards.</summary>
        public ResponseBody TakeBody()
        {
            var body = new ResponseBody(_buffer, _length, _pooled);
            _buffer = Array.Empty<byte>();
            _length = 0;
            _pooled = false;
            return body;
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(_buffer, 0, _length);

        protected override Task<Stream> CreateContentReadStreamAsync() => Task.FromResult<Stream>(new MemoryStream(_buffer, 0, _length, writable: false));

        protected override bool TryComputeLength(out long length)
        {
            length = _length;
            return true;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && _pooled)
            {
                _pooled = false;
                var buffer = _buffer;
                _buffer = Array.Empty<byte>();
                _length = 0;
                ArrayPool<byte>.Shared.Return(buffer);
            }
            base.Dispose(disposing);
        }
    }
}
