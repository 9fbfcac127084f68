using System.Globalization;
using System.Text;

namespace EnodePS.Emulator.State
{
    /// <summary>FNV-1a over text: the same inputs give the same number in every process (string.GetHashCode does not).</summary>
    public static class StableHash
    {
        public static ulong Of(params object[] parts)
        {
            var hash = 14695981039346656037UL;
            foreach (var part in parts)
            {
                foreach (var b in Encoding.UTF8.GetBytes(System.Convert.ToString(part, CultureInfo.InvariantCulture) + "|"))
                {
                    hash ^= b;
                    hash *= 1099511628211UL;
                }
            }
            return hash;
        }
    }
}
