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

        public ReadOnlySpan<byte> Span =>
            new ReadOnlySpan<byte>(_buffer ?? throw new ObjectDisposedException(nameof(ResponseBody)), 0, _length);

        public void Dispose()
        {
            var buffer = Interlocked.Exchange(ref _buffer, null);
            if (buffer != null && _pooled) ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
