using System;
using EnodePS.Client.Json;
using EnodePS.Client.Provisioning;

namespace EnodePS.Client.Tests
{
    public class Psd1ReaderTests
    {
        [Fact]
        public void Reads_the_data_file_subset_into_records_and_arrays()
        {
            const string text = @"
# A provisioning file
@{
    Name    = 'it''s quoted'
    Double  = ""tab`there""
    Numbers = 1, -2, 0.25, 1.5e3
    Flags   = @($true, $FALSE, $null)
    Nested  = @{ 'key with space' = @(); Other = @{} }; Semi = 'x'
    <# a block
       comment #>
    List    = @(
        @{ url = 'https://a' }
        @{ url = 'https://b' },
        @{ url = 'https://c' }
    )
    Here    = @'
line 1
$notAVariable
'@
}";
            var root = Assert.IsType<JsonRecord>(Psd1Reader.Parse(text));

            Assert.Equal("it's quoted", root["Name"]);
            Assert.Equal("tab\there", root["Double"]);
            Assert.Equal(new object[] { 1L, -2L, 0.25m, 1500m }, (object?[])root["Numbers"]!);
            Assert.Equal(new object?[] { true, false, null }, (object?[])root["Flags"]!);
            var nested = (JsonRecord)root["Nested"]!;
            Assert.Empty((object?[])nested["key with space"]!);
            Assert.Empty((JsonRecord)nested["Other"]!);
            Assert.Equal("x", root["Semi"]);
            var list = (object?[])root["List"]!;
            Assert.Equal(3, list.Length);
            Assert.Equal("https://c", ((JsonRecord)list[2]!)["url"]);
            Assert.Equal("line 1\n$notAVariable", ((string)root["Here"]!).Replace("\r\n", "\n"));
        }

        [Fact]
        public void Arrays_flatten_one_level_as_in_powershell()
        {
            var root = (JsonRecord)Psd1Reader.Parse("@{ A = @(@('a', 'b')); B = @(@('a', 'b'), 'c'); C = @('only') }")!;

            Assert.Equal(new object[] { "a", "b" }, (object?[])root["A"]!);
            var b = (object?[])root["B"]!;
            Assert.Equal(2, b.Length);
            Assert.Equal(new object[] { "a", "b" }, (object?[])b[0]!);
            Assert.Equal(new object[] { "only" }, (object?[])root["C"]!);
        }

        [Theory]
        [InlineData("@{ A = $env:SECRET }", "line 1, column 8", "not allowed")]
        [InlineData("@{ A = \"$secret\" }", "line 1, column 9", "variables")]
        [InlineData("@{ A = Get-Secret }", "line 1, column 8", "cannot start a value")]
        [InlineData("@{ A = (1 + 2) }", "line 1, column 8", "cannot start a value")]
        [InlineData("@{\n  A = 'x'\n  A = 'y'\n}", "line 3, column 3", "given twice")]
        [InlineData("@{\n  A = 'unclosed\n}", "line 2, column 7", "not closed")]
        [InlineData("@{ A = 1 ", "line 1, column 1", "not closed")]
        [InlineData("@{ A = 1kb }", "line 1, column 8", "suffixes")]
        [InlineData("@{ A 1 }", "line 1, column 6", "expected '='")]
        public void Anything_else_is_refused_with_its_position(string text, string position, string message)
        {
            var error = Assert.Throws<FormatException>(() => Psd1Reader.Parse(text, "enode.config.psd1"));

            Assert.StartsWith("enode.config.psd1, " + position + ":", error.Message);
            Assert.Contains(message, error.Message);
        }
    }
}
