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

        private ResponseBody _body;

        private BufferedBodyContent(ResponseBody body, HttpContentHeaders original)
        {
            _body = body;
            foreach (var header in original)
                if (!string.Equals(header.Key, "Content-Length", StringComparison.OrdinalIgnoreCase))
                    Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        public int Length => _body.Length;

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
                    return new BufferedBodyContent(new ResponseBody(buffer, size, rent), content.Headers);
                }

                using (var whole = new MemoryStream())
                {
                    await stream.CopyToAsync(whole, 81920, cancellationToken).ConfigureAwait(false);
                    var body = whole.ToArray();
                    return new BufferedBodyContent(new ResponseBody(body, body.Length, pooled: false), content.Headers);
                }
            }
        }

        /// <summary>The body as an array of its exact size: this content's own when it has one, else a copy.</summary>
        public byte[] ToArray() => _body.ToArray();

        /// <summary>Hands the body over to the caller, who disposes it; this content is empty afterwards.</summary>
        public ResponseBody TakeBody()
        {
            var body = _body;
            _body = ResponseBody.Empty;
            return body;
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            var segment = _body.Segment;
            return stream.WriteAsync(segment.Array!, segment.Offset, segment.Count);
        }

        protected override Task<Stream> CreateContentReadStreamAsync()
        {
            var segment = _body.Segment;
            return Task.FromResult<Stream>(new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = _body.Length;
            return true;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) _body.Dispose(); // gives a rented array back, unless TakeBody handed it over
            base.Dispose(disposing);
        }
    }
}
