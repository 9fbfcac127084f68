using System.Text;

namespace EnodePS.Emulator.State
{
    /// <summary>
    /// Deterministic numbers from text (FNV-1a), for values that must be the same on every request and every run
    /// (string.GetHashCode is randomised per process).
    /// </summary>
    public static class StableHash
    {
        public static ulong Of(string key)
        {
            var hash = 14695981039346656037UL;
            foreach (var b in Encoding.UTF8.GetBytes(key))
            {
                hash ^= b;
                hash *= 1099511628211UL;
            }
            // FNV's low bits mix poorly for short keys; finish with a splitmix step.
            hash ^= hash >> 33;
            hash *= 0xff51afd7ed558ccdUL;
            hash ^= hash >> 33;
            return hash;
        }

        /// <summary>A number from several parts (joined with a separator, formatted in invariant culture).</summary>
        public static ulong OfParts(params object[] parts)
        {
            var key = new StringBuilder();
            foreach (var part in parts) key.Append(System.Convert.ToString(part, System.Globalization.CultureInfo.InvariantCulture)).Append('|');
            return Of(key.ToString());
        }

        /// <summary>A number in [0, 1) for the key.</summary>
        public static double Unit(string key) => (Of(key) >> 11) * (1.0 / (1UL << 53));

        /// <summary>A number in [min, max) for the key.</summary>
        public static double Between(string key, double min, double max) => min + (max - min) * Unit(key);
    }
}
