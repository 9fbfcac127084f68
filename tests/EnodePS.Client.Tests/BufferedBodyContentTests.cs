using System;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Client.Http;

namespace EnodePS.Client.Tests
{
    public class BufferedBodyContentTests
    {
        [Fact]
        public async Task A_body_with_a_length_is_read_whole_into_an_array_of_that_size_keeping_its_headers()
        {
            var text = new string('x', 100_000);
            var received = new StreamContent(new TrickleStream(Encoding.UTF8.GetBytes(text), 777));
            received.Headers.ContentLength = 100_000;
            received.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };

            var buffered = await BufferedBodyContent.ReadAsync(received, pooled: false, CancellationToken.None);

            var body = buffered.ToArray();
            Assert.Equal(100_000, body.Length);
            Assert.Same(body, buffered.ToArray()); // its own array, not a copy
            Assert.Equal(text, Encoding.UTF8.GetString(body));
            Assert.Equal("application/json", buffered.Headers.ContentType!.MediaType);
            Assert.Equal(100_000, buffered.Headers.ContentLength);
            Assert.Equal(text, await buffered.ReadAsStringAsync());
        }

        [Fact]
        public async Task A_body_without_a_length_is_read_to_its_end()
        {
            var received = new StreamContent(new TrickleStream(Encoding.UTF8.GetBytes("{\"data\":[]}"), 3));
            Assert.Null(received.Headers.ContentLength); // as for a chunked or decompressed answer

            var buffered = await BufferedBodyContent.ReadAsync(received, pooled: false, CancellationToken.None);

            Assert.Equal("{\"data\":[]}", Encoding.UTF8.GetString(buffered.ToArray()));
        }

        [Fact]
        public async Task A_body_that_ends_before_its_announced_length_is_an_IOException_the_retry_handler_can_retry()
        {
            var received = new StreamContent(new TrickleStream(new byte[500], 100));
            received.Headers.ContentLength = 1_000;

            var error = await Assert.ThrowsAsync<IOException>(() => BufferedBodyContent.ReadAsync(received, pooled: false, CancellationToken.None));

            Assert.Contains("500 of the 1000 bytes", error.Message);
        }

        [Fact]
        public async Task A_pooled_body_is_handed_over_whole_and_the_content_is_empty_afterwards()
        {
            var text = "{\"data\":[" + new string(' ', 70_000) + "]}";
            var received = new StreamContent(new TrickleStream(Encoding.UTF8.GetBytes(text), 4096));
            received.Headers.ContentLength = text.Length;

            var buffered = await BufferedBodyContent.ReadAsync(received, pooled: true, CancellationToken.None);
            Assert.Equal(text, Encoding.UTF8.GetString(buffered.ToArray())); // a copy of the exact length, the rented array may be longer
            using (var body = buffered.TakeBody())
            {
                Assert.Equal(text, Encoding.UTF8.GetString(body.Span.ToArray()));
                buffered.Dispose(); // the content no longer owns the array: disposing it must not give the array back
                Assert.Equal(text, Encoding.UTF8.GetString(body.Span.ToArray()));
            }
            Assert.Equal(0, buffered.Length);
        }

        [Fact]
        public async Task A_disposed_body_cannot_be_read()
        {
            var received = new StreamContent(new TrickleStream(new byte[100], 100));
            received.Headers.ContentLength = 100;
            var body = (await BufferedBodyContent.ReadAsync(received, pooled: true, CancellationToken.None)).TakeBody();

            body.Dispose();
            body.Dispose(); // twice is harmless: the array went back once

            Assert.Throws<ObjectDisposedException>(() => body.Span.Length);
        }

        [Fact]
        public async Task Reading_stops_when_cancelled()
        {
            var received = new StreamContent(new TrickleStream(new byte[1_000], 10));
            received.Headers.ContentLength = 1_000;
            using var cancelled = new CancellationTokenSource();
            cancelled.Cancel();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => BufferedBodyContent.ReadAsync(received, pooled: false, cancelled.Token));
        }

        /// <summary>Hands out at most a few bytes per read, as a socket does, cannot seek (so has no length of its own), and honours cancellation.</summary>
        private sealed class TrickleStream : MemoryStream
        {
            private readonly int _chunk;
            public TrickleStream(byte[] bytes, int chunk) : base(bytes) { _chunk = chunk; }

            public override bool CanSeek => false;

            public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
            {
                cancellationToken.ThrowIfCancellationRequested();
                return base.ReadAsync(buffer, offset, Math.Min(count, _chunk), cancellationToken);
            }

            public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
            {
                cancellationToken.ThrowIfCancellationRequested();
                return base.ReadAsync(buffer.Slice(0, Math.Min(buffer.Length, _chunk)), cancellationToken);
            }
        }
    }
}
