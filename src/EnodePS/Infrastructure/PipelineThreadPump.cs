using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace EnodePS.Infrastructure
{
    /// <summary>
    /// Runs async work while keeping the cmdlet's own thread busy executing what that work posts back (log lines,
    /// progress, output). PowerShell allows writes only from the pipeline thread: background threads post, the pump
    /// thread writes.
    /// </summary>
    public sealed class PipelineThreadPump
    {
        private readonly BlockingCollection<Action> _queue = new BlockingCollection<Action>();
        private readonly int _ownerThread = Environment.CurrentManagedThreadId;

        /// <summary>Queues work for the pipeline thread; runs it at once when already on it.</summary>
        public void Post(Action action)
        {
            if (Environment.CurrentManagedThreadId == _ownerThread) action();
            else _queue.Add(action);
        }

        /// <summary>Blocks the pipeline thread until the task ends, executing posted work meanwhile.</summary>
        public T Run<T>(Func<Task<T>> work)
        {
            var task = Task.Run(work);
            PumpUntil(task);
            return task.GetAwaiter().GetResult();
        }

        public void Run(Func<Task> work)
        {
            var task = Task.Run(work);
            PumpUntil(task);
            task.GetAwaiter().GetResult();
        }

        /// <summary>Enumerates an async stream, yielding each item on the pipeline thread as soon as it arrives.</summary>
        /// <remarks>
        /// Each step starts on the pipeline thread: an item of a page already read is there at once, with no hop to the
        /// thread pool and back (which cost more than the item itself). A step that has to wait (the next page) goes on
        /// on the thread pool, as the client awaits without capturing a context, while this thread pumps.
        /// </remarks>
        public IEnumerable<T> Stream<T>(IAsyncEnumerable<T> source, CancellationToken cancellationToken)
        {
            using (var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                var enumerator = source.GetAsyncEnumerator(stop.Token);
                Task<bool>? running = null;
                try
                {
                    while (true)
                    {
                        var step = enumerator.MoveNextAsync();
                        if (!step.IsCompletedSuccessfully)
                        {
                            running = step.AsTask();
                            PumpUntil(running);
                            step = new ValueTask<bool>(running.GetAwaiter().GetResult());
                            running = null;
                        }
                        if (!step.Result) yield break;
                        yield return enumerator.Current;
                    }
                }
                finally
                {
                    if (running != null)
                        EndAbandonedStep(enumerator, running, stop);
                    else
                    {
                        var dispose = enumerator.DisposeAsync();
                        if (!dispose.IsCompletedSuccessfully)
                        {
                            var task = dispose.AsTask();
                            PumpUntil(task);
                            task.GetAwaiter().GetResult();
                        }
                    }
                }
            }
        }

        /// <summary>
        /// Something the pump ran threw (a debug line under $DebugPreference = 'Stop', say) while a step of the stream
        /// was still running, such as a page being fetched. An async iterator cannot be disposed in the middle of a step
        /// (its DisposeAsync throws NotSupportedException, which would replace the real error): call the step off, let
        /// it end, then dispose, keeping whatever either throws out of the way of the exception already on its way.
        /// </summary>
        private void EndAbandonedStep<T>(IAsyncEnumerator<T> enumerator, Task<bool> running, CancellationTokenSource stop)
        {
            stop.Cancel();
            try
            {
                running.Wait();
                enumerator.DisposeAsync().AsTask().Wait();
            }
            catch (Exception)
            {
                // the step was abandoned; its own failure (a cancellation, mostly) is not the error to report
            }
            while (_queue.TryTake(out _)) { } // what it posted meanwhile belongs to the failed command
        }

        private void PumpUntil(Task task)
        {
            task.ContinueWith(_ => _queue.Add(() => { }), TaskContinuationOptions.ExecuteSynchronously);
            while (!task.IsCompleted)
            {
                var action = _queue.Take();
                action();
            }
            while (_queue.TryTake(out var remaining)) remaining();
        }
    }
}
