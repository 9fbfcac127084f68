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
    /// one array of its exact size. The transport parses <see cref="Body"/> as it is: HttpContent's own buffering
    /// would grow a buffer while reading and copy it once more for ReadAsByteArrayAsync, three times the body's size
    /// in allocations for every page of a listing.
    /// </summary>
    internal sealed class BufferedBodyContent : HttpContent
    {
        private BufferedBodyContent(byte[] body, HttpContentHeaders original)
        {
            Body = body;
            foreach (var header in original)
                if (!string.Equals(header.Key, "Content-Length", System.StringComparison.OrdinalIgnoreCase))
                    Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        public byte[] Body { get; }

        /// <summary>Reads the whole of <paramref name="content"/>; an answer that ends before its Content-Length is an <see cref="IOException"/>.</summary>
        public static async Task<BufferedBodyContent> ReadAsync(HttpContent content, CancellationToken cancellationToken)
        {
            var length = content.Headers.ContentLength;
            using (var stream = await content.ReadAsStreamAsync().ConfigureAwait(false))
            {
                byte[] body;
                if (length is long known && known <= int.MaxValue)
                {
                    body = new byte[known];
                    var read = 0;
                    while (read < body.Length)
                    {
                        var n = await stream.ReadAsync(body, read, body.Length - read, cancellationToken).ConfigureAwait(false);
                        if (n == 0) throw new IOException($"The answer ended after {read} of the {known} bytes it announced.");
                        read += n;
                    }
                }
                else
                {
                    using (var buffer = new MemoryStream())
                    {
                        await stream.CopyToAsync(buffer, 81920, cancellationToken).ConfigureAwait(false);
                        body = buffer.ToArray();
                    }
                }
                return new BufferedBodyContent(body, content.Headers);
            }
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(Body, 0, Body.Length);

        protected override Task<Stream> CreateContentReadStreamAsync() => Task.FromResult<Stream>(new MemoryStream(Body, writable: false));

        protected override bool TryComputeLength(out long length)
        {
            length = Body.Length;
            return true;
        }
    }
}
