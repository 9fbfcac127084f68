using System.Threading;

namespace EnodePS.Client.Http
{
    /// <summary>
    /// The retry options every handler of one client reads, changeable while the client is in use: a change applies
    /// to the next request. Handlers notice it by <see cref="Version"/> and rebuild their retry pipeline.
    /// </summary>
    internal sealed class RetrySettings
    {
        private RetryOptions _current;
        private int _version;

        public RetrySettings(RetryOptions initial)
        {
            initial.Validate();
            _current = initial.Clone();
        }

        public RetryOptions Current => Volatile.Read(ref _current);
        public int Version => Volatile.Read(ref _version);

        public void Update(RetryOptions options)
        {
            options.Validate();
            Volatile.Write(ref _current, options.Clone());
            Interlocked.Increment(ref _version);
        }
    }
}
