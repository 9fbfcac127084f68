using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using EnodePS.Client.Logging;

namespace EnodePS.Infrastructure
{
    /// <summary>Wraps an async stream so that each step runs with the cmdlet's log scope active.</summary>
    internal sealed class LogScopedStream<T> : IAsyncEnumerable<T>
    {
        private readonly IAsyncEnumerable<T> _inner;
        private readonly IEnodeLog _log;

        public LogScopedStream(IAsyncEnumerable<T> inner, IEnodeLog log)
        {
            _inner = inner;
            _log = log;
        }

        public IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default) =>
            new Enumerator(_inner.GetAsyncEnumerator(cancellationToken), _log);

        private sealed class Enumerator : IAsyncEnumerator<T>
        {
            private readonly IAsyncEnumerator<T> _inner;
            private readonly IEnodeLog _log;

            public Enumerator(IAsyncEnumerator<T> inner, IEnodeLog log)
            {
                _inner = inner;
                _log = log;
            }

            public T Current => _inner.Current;

            public async ValueTask<bool> MoveNextAsync()
            {
                using (EnodeLogScope.Begin(_log))
                    return await _inner.MoveNextAsync().ConfigureAwait(false);
            }

            public async ValueTask DisposeAsync()
            {
                using (EnodeLogScope.Begin(_log))
                    await _inner.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
