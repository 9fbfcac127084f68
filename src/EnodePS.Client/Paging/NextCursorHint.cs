using System;
using System.Text;
using System.Text.Json;

namespace EnodePS.Client.Paging
{
    /// <summary>
    /// Finds a page's "pagination.after" without reading the page: the paginator uses it to ask for the next page
    /// before it builds this one's items. Pages end with their pagination object, so the search starts from the end
    /// and reads only that object. A hint, not the answer: the full read of the page decides, and a page asked for
    /// with a cursor the full read does not confirm is discarded. When no hint is found, the next page is simply asked
    /// for after this one is read.
    /// </summary>
    internal static class NextCursorHint
    {
        private static readonly byte[] PaginationName = Encoding.UTF8.GetBytes("\"pagination\"");

        public static bool TryRead(ReadOnlySpan<byte> body, out string? after)
        {
            after = null;
            var at = body.LastIndexOf(PaginationName);
            if (at < 0) return false;
            var rest = body.Slice(at + PaginationName.Length);
            var i = 0;
            while (i < rest.Length && IsWhiteSpace(rest[i])) i++;
            if (i >= rest.Length || rest[i] != (byte)':') return false;

            try
            {
                var reader = new Utf8JsonReader(rest.Slice(i + 1), isFinalBlock: false, state: default);
                if (!reader.Read()) return false;
                if (reader.TokenType == JsonTokenType.Null) return true;
                if (reader.TokenType != JsonTokenType.StartObject) return false;
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var isAfter = reader.ValueTextEquals("after");
                    if (!reader.Read()) return false;
                    if (!isAfter)
                    {
                        if (!reader.TrySkip()) return false;
                    }
                    else if (reader.TokenType == JsonTokenType.String) after = reader.GetString();
                    else if (reader.TokenType == JsonTokenType.Null) after = null;
                    else return false;
                }
                return reader.TokenType == JsonTokenType.EndObject;
            }
            catch (JsonException)
            {
                return false;
            }
        }

        private static bool IsWhiteSpace(byte b) => b == (byte)' ' || b == (byte)'\t' || b == (byte)'\r' || b == (byte)'\n';
    }
}
