using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Numerics;
using System.Text;
using System.Threading.Tasks;
using EnodePS.Client.Errors;
using EnodePS.Client.Json;
using EnodePS.Client.Paging;
using EnodePS.Client.Tests.Support;
using EnodePS.Emulator;
using EnodePS.Tests.Shared;

namespace EnodePS.Client.Tests
{
    /// <summary>
    /// The client reads raw answers once and drives the caller's <see cref="IJsonObjectBuilder{TObject}"/>: the
    /// values it hands over are what Invoke-RestMethod gives for the same JSON (dates left as text).
    /// </summary>
    public class RawListingBuilderTests
    {
        private const string What = "answer to GET /test";

        [Fact]
        public void Nested_objects_and_arrays_are_built_in_document_order()
        {
            var value = Parse("{\"a\":{\"b\":[1,{\"c\":null},[]],\"d\":[]},\"e\":\"x\",\"f\":[true,false]}");

            var root = Assert.IsType<Built>(value);
            Assert.Equal(new[] { "a", "e", "f" }, root.Names);
            var a = Assert.IsType<Built>(root["a"]);
            var b = Assert.IsType<object?[]>(a["b"]);
            Assert.Equal(3, b.Length);
            Assert.Equal(1L, b[0]);
            var c = Assert.IsType<Built>(b[1]);
            Assert.Equal(new[] { "c" }, c.Names);
            Assert.Null(c["c"]);
            Assert.Empty(Assert.IsType<object?[]>(b[2]));
            Assert.Empty(Assert.IsType<object?[]>(a["d"]));
            Assert.Equal("x", root["e"]);
            Assert.Equal(new object?[] { true, false }, root["f"]);
        }

        [Theory]
        [InlineData("0", typeof(long), "0")]
        [InlineData("-7", typeof(long), "-7")]
        [InlineData("2147483648", typeof(long), "2147483648")]
        [InlineData("9223372036854775807", typeof(long), "9223372036854775807")]
        [InlineData("-9223372036854775808", typeof(long), "-9223372036854775808")]
        [InlineData("9223372036854775808", typeof(BigInteger), "9223372036854775808")]
        [InlineData("-123456789012345678901234567890", typeof(BigInteger), "-123456789012345678901234567890")]
        [InlineData("0.5", typeof(double), "0.5")]
        [InlineData("1.0", typeof(double), "1")]
        [InlineData("1e3", typeof(double), "1000")]
        [InlineData("-1.5E-3", typeof(double), "-0.0015")]
        [InlineData("12.345678901234567", typeof(double), "12.345678901234567")]
        [InlineData("1e400", typeof(double), "Infinity")]
        public void Numbers_are_long_double_or_BigInteger_as_Invoke_RestMethod_reads_them(string json, Type type, string expected)
        {
            var value = Assert.IsType<Built>(Parse("{\"n\":" + json + "}"))["n"];

            Assert.IsType(type, value);
            Assert.Equal(expected, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Escapes_are_decoded_in_values_and_names()
        {
            var value = Assert.IsType<Built>(Parse("{\"t\":\"caf\\u00e9 \\ud83d\\ude00 \\\"q\\\" \\\\ \\n\",\"n\\u0061me\":\"\\u002F\",\"\\u00fc\":1}"));

            Assert.Equal("café 😀 \"q\" \\ \n", value["t"]);
            Assert.Equal("/", value["name"]);
            Assert.Equal(1L, value["ü"]);
            Assert.Equal(new[] { "t", "name", "ü" }, value.Names);
        }

        [Fact]
        public void Text_in_UTF8_reads_as_written()
        {
            var value = Assert.IsType<Built>(Parse("{\"città\":\"Zürich – 東京\"}"));

            Assert.Equal("Zürich – 東京", value["città"]);
        }

        [Fact]
        public void Top_level_values_other_than_objects_are_read_too()
        {
            Assert.Null(Parse("null"));
            Assert.Equal(42L, Parse("42"));
            Assert.Equal("x", Parse("\"x\""));
            var items = Assert.IsType<object?[]>(Parse("[{\"id\":\"a\"},null]"));
            Assert.Equal("a", Assert.IsType<Built>(items[0])["id"]);
            Assert.Null(items[1]);
        }

        [Fact]
        public void Property_names_repeated_across_objects_are_one_string()
        {
            var items = Assert.IsType<object?[]>(Parse("[{\"chargeState\":1},{\"chargeState\":2}]"));

            Assert.Same(Assert.IsType<Built>(items[0]).Names[0], Assert.IsType<Built>(items[1]).Names[0]);
        }

        [Theory]
        [InlineData("{\"a\":")]
        [InlineData("{\"a\":1} x")]
        [InlineData("{'a':1}")]
        [InlineData("")]
        public void An_answer_that_is_not_JSON_is_a_protocol_error_naming_it(string json)
        {
            var error = Assert.Throws<EnodeProtocolException>(() => Parse(json));

            Assert.Contains(What, error.Message);
        }

        [Fact]
        public void Nesting_deeper_than_64_levels_is_a_protocol_error()
        {
            var json = string.Concat(Enumerable.Repeat("[", 70)) + string.Concat(Enumerable.Repeat("]", 70));

            Assert.Throws<EnodeProtocolException>(() => Parse(json));
        }

        [Fact]
        public async Task A_listing_streams_every_item_of_every_page_built_by_the_builder()
        {
            using var host = new LoopbackEmulator(new EmulatorOptions { VehicleCount = 75 });
            using var client = ClientFactory.For(host);

            var items = await client.Raw.StreamAsync("/vehicles?pageSize=20", new Builder()).ToListAsync();

            Assert.Equal(host.Emulator.State.Vehicles.All.Select(v => (object)v.Id), items.Select(i => Assert.IsType<Built>(i)["id"]));
            Assert.Equal(4, host.Emulator.ServedOperations["GET /vehicles"]);
            var first = Assert.IsType<Built>(items[0]);
            Assert.IsType<Built>(first["chargeState"]);
            Assert.IsType<string>(first["lastSeen"]);
        }

        [Fact]
        public async Task An_empty_page_ends_the_listing()
        {
            using var handler = new RecordingHandler { Answer = _ => RecordingHandler.Json(HttpStatusCode.OK, "{\"data\":[],\"pagination\":{\"before\":null,\"after\":\"next\"}}") };
            using var client = RecordingHandler.Client(handler);

            var items = await client.Raw.StreamAsync("/vehicles", new Builder()).ToListAsync();

            Assert.Empty(items);
            // The page asked for ahead (from the cursor) is discarded, not followed.
            Assert.InRange(handler.ApiRequests.Count, 1, 2);
        }

        [Theory]
        [InlineData("{\"data\":[{\"id\":\"v1\"}],\"pagination\":null}")]
        [InlineData("{\"data\":[{\"id\":\"v1\"}]}")]
        public async Task A_page_without_pagination_is_the_last_page(string page)
        {
            using var handler = new RecordingHandler { Answer = _ => RecordingHandler.Json(HttpStatusCode.OK, page) };
            using var client = RecordingHandler.Client(handler);

            var items = await client.Raw.StreamAsync("/vehicles", new Builder()).ToListAsync();

            Assert.Equal("v1", Assert.IsType<Built>(Assert.Single(items))["id"]);
            Assert.Single(handler.ApiRequests);
        }

        [Fact]
        public async Task Members_other_than_data_and_pagination_are_skipped_and_pages_follow_the_cursor()
        {
            var pages = new Dictionary<string, string>
            {
                [""] = "{\"extra\":{\"data\":[1]},\"data\":[{\"id\":\"v1\"}],\"pagination\":{\"before\":null,\"after\":\"p2\"}}",
                ["p2"] = "{\"data\":[{\"id\":\"v2\"}],\"pagination\":{\"after\":null}}",
            };
            using var handler = new RecordingHandler { Answer = request => RecordingHandler.Json(HttpStatusCode.OK, pages[After(request.RequestUri!)]) };
            using var client = RecordingHandler.Client(handler);

            var items = await client.Raw.StreamAsync("/vehicles", new Builder()).ToListAsync();

            Assert.Equal(new object[] { "v1", "v2" }, items.Select(i => Assert.IsType<Built>(i)["id"]));
            Assert.Equal(2, handler.ApiRequests.Count);
        }

        [Theory]
        [InlineData("{\"pagination\":{\"after\":null}}", "no \"data\" list")]
        [InlineData("{\"data\":null,\"pagination\":{\"after\":null}}", "no \"data\" list")]
        [InlineData("{\"data\":[null],\"pagination\":{\"after\":null}}", "null item")]
        [InlineData("{\"data\":{},\"pagination\":{\"after\":null}}", "not valid JSON")]
        [InlineData("[]", "not valid JSON")]
        [InlineData("{\"data\":[{\"id\":\"v1\"}],\"pagination\":{\"after\":1}}", "not valid JSON")]
        public async Task A_page_that_is_not_a_page_is_a_protocol_error(string page, string expected)
        {
            using var handler = new RecordingHandler { Answer = _ => RecordingHandler.Json(HttpStatusCode.OK, page) };
            using var client = RecordingHandler.Client(handler);

            var error = await Assert.ThrowsAsync<EnodeProtocolException>(() => client.Raw.StreamAsync("/vehicles", new Builder()).ToListAsync());

            Assert.Contains(expected, error.Message);
            Assert.Contains("GET /vehicles", error.Message);
        }

        [Fact]
        public async Task Text_that_is_not_UTF8_is_a_protocol_error()
        {
            var bytes = Encoding.UTF8.GetBytes("{\"data\":[{\"id\":\"v\u00e9\"}],\"pagination\":{\"after\":null}}");
            var bad = Array.IndexOf(bytes, (byte)0xC3);
            bytes[bad] = 0xFF;
            using var handler = new RecordingHandler { Answer = _ => Utf8Answer(bytes) };
            using var client = RecordingHandler.Client(handler);

            var error = await Assert.ThrowsAsync<EnodeProtocolException>(() => client.Raw.StreamAsync("/vehicles", new Builder()).ToListAsync());

            Assert.Contains("GET /vehicles", error.Message);
        }

        private static object? Parse(string json) => JsonTree.ParseAnswer(json, What, new Builder());

        private static string After(Uri uri) =>
            uri.Query.TrimStart('?').Split('&').Select(p => p.Split('=')).Where(p => p[0] == "after").Select(p => Uri.UnescapeDataString(p[1])).FirstOrDefault() ?? "";

        private static System.Net.Http.HttpResponseMessage Utf8Answer(byte[] body)
        {
            var answer = new System.Net.Http.HttpResponseMessage(HttpStatusCode.OK) { Content = new System.Net.Http.ByteArrayContent(body) };
            answer.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            return answer;
        }

        /// <summary>An object as the builder received it: its properties in the order they came.</summary>
        private sealed class Built
        {
            public List<string> Names { get; } = new List<string>();
            public List<object?> Values { get; } = new List<object?>();
            public object? this[string name] => Values[Names.IndexOf(name)];
        }

        private sealed class Builder : IJsonObjectBuilder<Built>
        {
            public Built CreateObject() => new Built();

            public void AddProperty(Built target, string name, object? value)
            {
                target.Names.Add(name);
                target.Values.Add(value);
            }
        }
    }
}
