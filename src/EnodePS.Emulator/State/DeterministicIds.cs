using System;
using System.Security.Cryptography;
using System.Text;

namespace EnodePS.Emulator.State
{
    /// <summary>Version-4-shaped UUIDs drawn from a seeded generator, so that a seed always yields the same ids.</summary>
    public sealed class DeterministicIds
    {
        private readonly Random _random;

        public DeterministicIds(Random random) { _random = random; }

        public string Next()
        {
            var bytes = new byte[16];
            _random.NextBytes(bytes);
            bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
            bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
            return new Guid(bytes).ToString("D");
        }

        /// <summary>A version-5-shaped UUID from a name: the same name always gives the same id.</summary>
        public static string FromName(string name)
        {
            byte[] hash;
            using (var sha1 = SHA1.Create()) hash = sha1.ComputeHash(Encoding.UTF8.GetBytes("enode-emulator|" + name));
            var bytes = new byte[16];
            Array.Copy(hash, bytes, 16);
            bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
            bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
            var hex = new StringBuilder(36);
            for (var i = 0; i < 16; i++)
            {
                if (i == 4 || i == 6 || i == 8 || i == 10) hex.Append('-');
                hex.Append(bytes[i].ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            }
            return hex.ToString();
        }
    }
}
