using System;
using System.Buffers;
using System.Threading;

namespace EnodePS.Client.Http
{
    /// <summary>An answer's bytes, possibly in an array rented from the shared pool: read them, then dispose (once).</summary>
    internal sealed class ResponseBody : IDisposable
    {
        private byte[]? _buffer;
        private readonly int _length;
        private readonly bool _pooled;

        public ResponseBody(byte[] buffer, int length, bool pooled)
        {
            _buffer = buffer;
            _length = length;
            _pooled = pooled;
        }

        /// <summary>An empty body, owning nothing.</summary>
        public static ResponseBody Empty => new ResponseBody(Array.Empty<byte>(), 0, pooled: false);

        public int Length => _length;

        public ReadOnlySpan<byte> Span => Segment.AsSpan();

        public ArraySegment<byte> Segment =>
            new ArraySegment<byte>(_buffer ?? throw new ObjectDisposedException(nameof(ResponseBody)), 0, _length);

        /// <summary>The body as an array of its exact size: its own when it is one, else a copy.</summary>
        public byte[] ToArray()
        {
            var segment = Segment;
            if (!_pooled && segment.Array!.Length == _length) return segment.Array;
            var copy = new byte[_length];
            Buffer.BlockCopy(segment.Array!, 0, copy, 0, _length);
            return copy;
        }

        public void Dispose()
        {
            var buffer = Interlocked.Exchange(ref _buffer, null);
            if (buffer != null && _pooled) ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
