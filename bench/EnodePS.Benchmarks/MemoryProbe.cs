using System;
using System.Threading;

namespace EnodePS.Benchmarks
{
    /// <summary>
    /// Two views of managed memory. Peak live: the most the heap held after a full collection, sampled at points of
    /// a listing (what streaming keeps alive, garbage excluded: the figure that shows buffering). Peak heap: the most
    /// the heap held between collections, garbage included, sampled every few milliseconds without disturbing the run.
    /// </summary>
    internal sealed class MemoryProbe : IDisposable
    {
        private readonly Thread? _sampler;
        private volatile bool _stop;
        private long _peakHeap;

        private MemoryProbe(bool sampleHeap)
        {
            if (!sampleHeap) return;
            _sampler = new Thread(() =>
            {
                while (!_stop)
                {
                    var heap = GC.GetTotalMemory(false);
                    if (heap > Interlocked.Read(ref _peakHeap)) Interlocked.Exchange(ref _peakHeap, heap);
                    Thread.Sleep(2);
                }
            }) { IsBackground = true, Priority = ThreadPriority.AboveNormal };
            _sampler.Start();
        }

        public static MemoryProbe HeapSampler() => new MemoryProbe(true);
        public static MemoryProbe LiveSampler() => new MemoryProbe(false);

        public long PeakHeap => Interlocked.Read(ref _peakHeap);
        public long PeakLive { get; private set; }
        public int LiveSamples { get; private set; }

        /// <summary>A full, blocking collection, then the heap's size: what is still reachable right now.</summary>
        public void SampleLive()
        {
            var live = GC.GetTotalMemory(forceFullCollection: true);
            LiveSamples++;
            if (live > PeakLive) PeakLive = live;
        }

        public static long LiveNow()
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            return GC.GetTotalMemory(forceFullCollection: true);
        }

        public void Dispose()
        {
            _stop = true;
            _sampler?.Join();
        }
    }
}
