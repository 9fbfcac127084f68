using System.Text;
using EnodePS.Client.Paging;

namespace EnodePS.Client.Tests
{
    public class NextCursorHintTests
    {
        private static bool Read(string json, out string? after) => NextCursorHint.TryRead(Encoding.UTF8.GetBytes(json), out after);

        [Theory]
        [InlineData("{\"data\":[{\"id\":\"a\",\"pagination\":{\"after\":\"nested\"}}],\"pagination\":{\"before\":null,\"after\":\"c2\"}}", "c2")]
        [InlineData("{\"data\":[1,2],\"pagination\":{\"after\":null}}", null)]
        [InlineData("{\"data\":[1],\"pagination\":null}", null)]
        [InlineData("{\"data\":[],\"pagination\" :\n {\"extra\":{\"after\":\"no\"},\"after\":\"\\u0063ursor\"}}", "cursor")]
        [InlineData("{\"data\":[1],\"pagination\":{\"after\":\"first\",\"after\":\"last\"}}", "last")]
        public void Reads_the_cursor_from_the_pagination_object_at_the_end_of_a_page(string json, string? after)
        {
            Assert.True(Read(json, out var read));
            Assert.Equal(after, read);
        }

        [Theory]
        [InlineData("")]
        [InlineData("{\"data\":[1,2]}")]
        [InlineData("{\"data\":[\"pagination\"]}")]
        [InlineData("{\"data\":[1],\"pagination\":{\"after\":42}}")]
        [InlineData("{\"data\":[1],\"pagination\":\"x\"}")]
        [InlineData("{\"data\":[1],\"pagination\":{\"after\":\"x\"")]
        [InlineData("{\"data\":[1],\"pagination\"}")]
        public void Gives_no_hint_when_the_end_of_the_answer_is_not_a_pagination_object(string json)
        {
            Assert.False(Read(json, out _));
        }
    }
}
