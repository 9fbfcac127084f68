using System;
using System.IO;

namespace EnodePS.Emulator.Http
{
    /// <summary>Yields the first half of a body, then fails as a connection closed mid-body would.</summary>
    internal sealed class TruncatedStream : Stream
    {
        private readonly byte[] _body;
        private readonly int _cut;
        private int _position;

        public TruncatedStream(byte[] body)
        {
            _body = body;
            _cut = body.Length / 2;
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_position >= _cut)
                throw new IOException("The response ended prematurely (injected fault: truncated body).");
            var n = Math.Min(count, _cut - _position);
            Array.Copy(_body, _position, buffer, offset, n);
            _position += n;
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => _body.Length;
        public override long Position { get => _position; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
