using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;

namespace EnodePS.Client.Actions
{
    /// <summary>Many producers, one consumer that awaits the next item.</summary>
    internal sealed class ResultQueue<T>
    {
        private readonly ConcurrentQueue<T> _items = new ConcurrentQueue<T>();
        private readonly SemaphoreSlim _available = new SemaphoreSlim(0);

        public void Add(T item)
        {
            _items.Enqueue(item);
            _available.Release();
        }

        public async Task<T> TakeAsync(CancellationToken cancellationToken)
        {
            await _available.WaitAsync(cancellationToken).ConfigureAwait(false);
            _items.TryDequeue(out var item);
            return item!;
        }
    }
}
