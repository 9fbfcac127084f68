using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace EnodePS.Reliability.Tests.Hostile
{
    /// <summary>A damaged answer: what status and body the client gets instead of the real one.</summary>
    public sealed class DamagedAnswer
    {
        public DamagedAnswer(string kind, int status, byte[] body)
        {
            Kind = kind;
            Status = status;
            Body = body;
        }

        public string Kind { get; }
        public int Status { get; }
        public byte[] Body { get; }
        public bool IsSuccess => Status >= 200 && Status < 300;

        public string Preview
        {
            get
            {
                var text = Encoding.UTF8.GetString(Body, 0, Math.Min(Body.Length, 80)).Replace("\n", "\\n").Replace("\r", "\\r");
                return $"{Kind}, HTTP {Status}, {Body.Length} bytes: {text}";
            }
        }
    }

    /// <summary>
    /// Ways to damage a real answer, drawn from a seeded generator: random bytes and text, cut and mutated JSON,
    /// JSON of the wrong shape, nesting and sizes no answer should have, invalid UTF-8, numbers out of range, and
    /// error statuses with garbage bodies. The same seed gives the same damage.
    /// </summary>
    public static class Corruption
    {
        private const int Large = 4 * 1024 * 1024;

        private static readonly string[] WrongShapes =
        {
            "null", "[]", "{}", "\"text\"", "123", "true", "{\"data\":null}", "{\"data\":{}}", "{\"data\":[1,2,3]}", "{\"data\":[null]}",
            "{\"data\":\"x\"}", "{\"data\":[],\"pagination\":{\"after\":123}}", "{\"data\":[],\"pagination\":[]}", "{\"id\":5}",
            "{\"id\":[\"a\"]}", "[{\"id\":\"a\"}]", "{\"data\":[{\"id\":{}}]}", "{\"data\":[],\"pagination\":{\"after\":\"same\"}}",
            "{\"capabilities\":\"none\"}", "{\"chargeState\":{\"batteryLevel\":\"full\"}}", "{\"lastSeen\":\"not a date\"}",
            "{\"isReachable\":\"yes\"}", "{\"resolutions\":5}", "{\"data\":[{\"status\":7}]}",
        };

        private static readonly string[] OutOfRangeNumbers =
        {
            "1e400", "-1e400", "99999999999999999999999999999999", "1.7976931348623157e309", "0.0000000000000000000000000000000000001",
            "NaN", "Infinity", "-0", "01", "1.", ".5", "0x10",
        };

        public static DamagedAnswer Damage(byte[] original, int status, Random random)
        {
            switch (random.Next(10))
            {
                case 0: return new DamagedAnswer("random bytes", status, Bytes(random, random.Next(0, 2048)));
                case 1: return new DamagedAnswer("random text", status, Encoding.ASCII.GetBytes(Text(random, random.Next(0, 512))));
                case 2: return new DamagedAnswer("cut", status, original.Take(original.Length == 0 ? 0 : random.Next(0, original.Length)).ToArray());
                case 3: return new DamagedAnswer("mutated", status, Mutate(original, random));
                case 4: return new DamagedAnswer("wrong shape", status, Encoding.UTF8.GetBytes(WrongShapes[random.Next(WrongShapes.Length)]));
                case 5: return new DamagedAnswer("deep nesting", status, Nesting(random));
                case 6: return new DamagedAnswer("oversized", status, Oversized(original, random));
                case 7: return new DamagedAnswer("bad encoding", status, BadEncoding(original, random));
                case 8: return new DamagedAnswer("numbers", status, Numbers(original, random));
                default:
                    var errorStatus = new[] { 400, 401, 403, 404, 409, 422, 429, 500, 502, 503 }[random.Next(10)];
                    var body = random.Next(2) == 0 ? Bytes(random, random.Next(0, 256)) : Encoding.UTF8.GetBytes(WrongShapes[random.Next(WrongShapes.Length)]);
                    return new DamagedAnswer("error status", errorStatus, body);
            }
        }

        private static byte[] Bytes(Random random, int length)
        {
            var bytes = new byte[length];
            random.NextBytes(bytes);
            return bytes;
        }

        private static string Text(Random random, int length)
        {
            const string alphabet = "{}[]\":,. 0123456789abcdefxyzABC-_\\/\t\ntruefalsenull";
            var text = new StringBuilder(length);
            for (var i = 0; i < length; i++) text.Append(alphabet[random.Next(alphabet.Length)]);
            return text.ToString();
        }

        private const string Structural = "{}[]\",:0x ";

        private static byte[] Mutate(byte[] original, Random random)
        {
            var bytes = original.ToList();
            var edits = random.Next(1, 8);
            for (var i = 0; i < edits && bytes.Count > 0; i++)
            {
                var at = random.Next(bytes.Count);
                switch (random.Next(3))
                {
                    case 0: bytes[at] = (byte)Structural[random.Next(Structural.Length)]; break;
                    case 1: bytes.RemoveAt(at); break;
                    default: bytes.Insert(at, (byte)random.Next(256)); break;
                }
            }
            return bytes.ToArray();
        }

        private static byte[] Nesting(Random random)
        {
            var depth = random.Next(65, 20000);
            var opener = random.Next(2) == 0 ? "[" : "{\"data\":";
            var text = new StringBuilder(depth * opener.Length + depth);
            for (var i = 0; i < depth; i++) text.Append(opener);
            if (random.Next(2) == 0) // closed, so that only the depth is wrong
                for (var i = 0; i < depth; i++) text.Append(opener == "[" ? "]" : "}");
            return Encoding.UTF8.GetBytes(text.ToString());
        }

        private static byte[] Oversized(byte[] original, Random random)
        {
            switch (random.Next(4))
            {
                case 0: // a real answer with one string stretched to megabytes
                    var text = Encoding.UTF8.GetString(original);
                    var quote = text.IndexOf("\":\"", StringComparison.Ordinal);
                    return quote < 0 ? Encoding.UTF8.GetBytes("\"" + new string('x', Large) + "\"")
                        : Encoding.UTF8.GetBytes(text.Substring(0, quote + 3) + new string('x', Large) + text.Substring(quote + 3));
                case 1: // megabytes of whitespace before the real answer
                    return Encoding.ASCII.GetBytes(new string(' ', Large)).Concat(original).ToArray();
                case 2: // a page of a hundred thousand empty items
                    var page = new StringBuilder("{\"data\":[");
                    for (var i = 0; i < 100_000; i++) page.Append(i == 0 ? "{}" : ",{}");
                    return Encoding.UTF8.GetBytes(page.Append("],\"pagination\":{\"before\":null,\"after\":null}}").ToString());
                default: // an unterminated string of megabytes
                    return Encoding.UTF8.GetBytes("{\"data\":[{\"id\":\"" + new string('y', Large));
            }
        }

        private static byte[] BadEncoding(byte[] original, Random random)
        {
            var text = Encoding.UTF8.GetString(original);
            var quote = text.IndexOf("\":\"", StringComparison.Ordinal);
            var prefix = Encoding.UTF8.GetBytes(quote < 0 ? "{\"id\":\"" : text.Substring(0, quote + 3));
            var rest = Encoding.UTF8.GetBytes(quote < 0 ? "\"}" : text.Substring(quote + 3));
            var poison = new[] { new byte[] { 0xFF, 0xFE }, new byte[] { 0xC3 }, new byte[] { 0xED, 0xA0, 0x80 }, new byte[] { 0x00 }, new byte[] { 0xF4, 0x90, 0x80, 0x80 } }[random.Next(5)];
            if (random.Next(4) == 0) return new byte[] { 0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF }.Concat(original).ToArray(); // two byte-order marks
            return prefix.Concat(poison).Concat(rest).ToArray();
        }

        private static byte[] Numbers(byte[] original, Random random)
        {
            var text = Encoding.UTF8.GetString(original);
            // Replace the values of a few number (or any) fields with numbers no model can hold.
            var positions = new List<int>();
            for (var i = text.IndexOf("\":", StringComparison.Ordinal); i >= 0; i = text.IndexOf("\":", i + 2, StringComparison.Ordinal)) positions.Add(i + 2);
            if (positions.Count == 0) return Encoding.UTF8.GetBytes("{\"data\":[" + OutOfRangeNumbers[random.Next(OutOfRangeNumbers.Length)] + "]}");
            var at = positions[random.Next(positions.Count)];
            var end = at;
            while (end < text.Length && text[end] != ',' && text[end] != '}' && text[end] != ']') end++;
            return Encoding.UTF8.GetBytes(text.Substring(0, at) + OutOfRangeNumbers[random.Next(OutOfRangeNumbers.Length)] + text.Substring(end));
        }
    }
}
