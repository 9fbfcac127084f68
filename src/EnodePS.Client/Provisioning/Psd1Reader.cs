using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using EnodePS.Client.Json;

namespace EnodePS.Client.Provisioning
{
    /// <summary>
    /// Reads PowerShell data files (.psd1) without PowerShell, and without running anything: hashtables @{ },
    /// arrays @( ) and comma lists, 'single' and "double" quoted strings (no variables), @' '@ here-strings, numbers,
    /// $true, $false, $null and comments. Anything else is an error with its line and column. Hashtables become
    /// JsonRecords and arrays object[], as parsed JSON does, so both file types feed the same reader.
    /// </summary>
    public sealed class Psd1Reader
    {
        private const int MaxDepth = 64;
        private readonly string _text;
        private readonly string _source;
        private int _pos;

        private Psd1Reader(string text, string source)
        {
            _text = text;
            _source = source;
        }

        /// <summary>Parses the whole text as one value. <paramref name="source"/> names the file in errors.</summary>
        public static object? Parse(string text, string source = "data file")
        {
            var reader = new Psd1Reader(text ?? "", source);
            reader.SkipBlank(newlines: true);
            var value = reader.ValueList(0);
            reader.SkipBlank(newlines: true);
            if (reader._pos < reader._text.Length) throw reader.Error($"unexpected '{reader.Current}' after the end of the data");
            return value;
        }

        private char Current => _pos < _text.Length ? _text[_pos] : '\0';
        private char Peek(int offset) => _pos + offset < _text.Length ? _text[_pos + offset] : '\0';
        private bool AtEnd => _pos >= _text.Length;

        /// <summary>A value, or several separated by commas (a PowerShell array).</summary>
        private object? ValueList(int depth)
        {
            var first = Value(depth);
            SkipBlank(newlines: false);
            if (Current != ',') return first;
            var items = new List<object?> { first };
            while (Current == ',')
            {
                _pos++;
                SkipBlank(newlines: true);
                items.Add(Value(depth));
                SkipBlank(newlines: false);
            }
            return items.ToArray();
        }

        private object? Value(int depth)
        {
            if (depth > MaxDepth) throw Error($"the data nests deeper than {MaxDepth} levels");
            SkipBlank(newlines: false);
            var c = Current;
            if (c == '@' && Peek(1) == '{') return Hashtable(depth + 1);
            if (c == '@' && Peek(1) == '(') return Array(depth + 1);
            if (c == '@' && (Peek(1) == '\'' || Peek(1) == '"')) return HereString();
            if (c == '\'') return SingleQuoted();
            if (c == '"') return DoubleQuoted();
            if (c == '$') return Constant();
            if (char.IsDigit(c) || ((c == '-' || c == '+' || c == '.') && (char.IsDigit(Peek(1)) || Peek(1) == '.'))) return Number();
            if (AtEnd) throw Error("a value is missing at the end of the data");
            throw Error($"'{c}' cannot start a value: only @{{ }}, @( ), quoted strings, numbers, $true, $false and $null are allowed in a data file");
        }

        private JsonRecord Hashtable(int depth)
        {
            var open = _pos;
            _pos += 2;
            var record = new JsonRecord();
            var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            while (true)
            {
                SkipSeparators();
                if (AtEnd) throw Error("this hashtable is not closed with '}'", open);
                if (Current == '}') { _pos++; return record; }

                var keyAt = _pos;
                var key = Key();
                SkipBlank(newlines: false);
                if (Current != '=') throw Error($"expected '=' after the key '{key}'");
                _pos++;
                SkipBlank(newlines: true);
                var value = ValueList(depth);
                if (!keys.Add(key)) throw Error($"the key '{key}' is given twice in this hashtable", keyAt);
                record.Add(key, value);

                SkipBlank(newlines: false);
                if (!AtEnd && Current != '}' && Current != ';' && Current != '\n' && Current != '\r')
                    throw Error($"expected a new line, ';' or '}}' after the value of '{key}'");
            }
        }

        private string Key()
        {
            if (Current == '\'') return SingleQuoted();
            if (Current == '"') return DoubleQuoted();
            var start = _pos;
            while (!AtEnd && (char.IsLetterOrDigit(Current) || Current == '_' || Current == '-' || Current == '.')) _pos++;
            if (_pos == start) throw Error($"expected a key, found '{Current}'");
            return _text.Substring(start, _pos - start);
        }

        private object?[] Array(int depth)
        {
            var open = _pos;
            _pos += 2;
            var items = new List<object?>();
            while (true)
            {
                SkipSeparators();
                if (AtEnd) throw Error("this array is not closed with ')'", open);
                if (Current == ')') { _pos++; return items.ToArray(); }
                // As in PowerShell, a statement's array is enumerated one level into @( ): @('a','b') and
                // @(@('a','b')) are both a, b, while @(@('a','b'), 'c') keeps the inner array whole.
                var value = ValueList(depth);
                if (value is object?[] list) items.AddRange(list);
                else items.Add(value);
            }
        }

        private string SingleQuoted()
        {
            var open = _pos;
            _pos++;
            var text = new StringBuilder();
            while (true)
            {
                if (AtEnd) throw Error("this string is not closed with a quote", open);
                var c = Current;
                _pos++;
                if (IsSingleQuote(c))
                {
                    if (IsSingleQuote(Current)) { text.Append('\''); _pos++; continue; }
                    return text.ToString();
                }
                text.Append(c);
            }
        }

        private string DoubleQuoted()
        {
            var open = _pos;
            _pos++;
            var text = new StringBuilder();
            while (true)
            {
                if (AtEnd) throw Error("this string is not closed with a quote", open);
                var c = Current;
                _pos++;
                if (c == '"')
                {
                    if (Current == '"') { text.Append('"'); _pos++; continue; }
                    return text.ToString();
                }
                if (c == '`')
                {
                    if (AtEnd) throw Error("this string is not closed with a quote", open);
                    text.Append(Escape(Current));
                    _pos++;
                    continue;
                }
                if (c == '$' && (char.IsLetter(Current) || Current == '{' || Current == '(' || Current == '_' || Current == ':'))
                    throw Error("variables and subexpressions are not allowed in a data file; use single quotes for a literal '$'", _pos - 1);
                text.Append(c);
            }
        }

        private static char Escape(char c)
        {
            switch (c)
            {
                case 'n': return '\n';
                case 'r': return '\r';
                case 't': return '\t';
                case '0': return '\0';
                case 'a': return '\a';
                case 'b': return '\b';
                case 'f': return '\f';
                case 'v': return '\v';
                case 'e': return '\u001b';
                default: return c;
            }
        }

        private string HereString()
        {
            var open = _pos;
            var quote = Peek(1);
            _pos += 2;
            SkipBlank(newlines: false);
            if (Current == '\r') _pos++;
            if (Current != '\n') throw Error("a here-string's text starts on the line after @' or @\"", open);
            _pos++;
            var start = _pos;
            while (true)
            {
                if (AtEnd) throw Error("this here-string is not closed", open);
                var lineStart = _pos == start || _text[_pos - 1] == '\n';
                if (lineStart && Current == quote && Peek(1) == '@')
                {
                    var end = _pos - 1;
                    if (end > start && _text[end - 1] == '\r') end--;
                    var body = end <= start ? "" : _text.Substring(start, end - start);
                    _pos += 2;
                    if (quote == '"' && body.IndexOf('$') >= 0)
                        throw Error("variables are not allowed in a data file: use @' '@ for literal text", open);
                    return body;
                }
                _pos++;
            }
        }

        private object? Constant()
        {
            var start = _pos;
            _pos++;
            while (!AtEnd && (char.IsLetterOrDigit(Current) || Current == '_')) _pos++;
            var name = _text.Substring(start, _pos - start).ToLowerInvariant();
            switch (name)
            {
                case "$true": return true;
                case "$false": return false;
                case "$null": return null;
                default: throw Error($"the variable {_text.Substring(start, _pos - start)} is not allowed in a data file (only $true, $false and $null)", start);
            }
        }

        private object Number()
        {
            var start = _pos;
            if (Current == '-' || Current == '+') _pos++;
            while (!AtEnd && (char.IsDigit(Current) || Current == '.' || Current == 'e' || Current == 'E'
                   || ((Current == '-' || Current == '+') && (_text[_pos - 1] == 'e' || _text[_pos - 1] == 'E')))) _pos++;
            var token = _text.Substring(start, _pos - start);
            if (!AtEnd && (char.IsLetter(Current) || Current == '_'))
                throw Error($"'{token}{Current}' is not a number this reader understands (no suffixes such as kb or d)", start);
            if (token.IndexOfAny(new[] { '.', 'e', 'E' }) < 0 && long.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
                return whole;
            if (decimal.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact)) return exact;
            if (double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var real)) return real;
            throw Error($"'{token}' is not a number", start);
        }

        /// <summary>Skips spaces and comments; with <paramref name="newlines"/>, line breaks too.</summary>
        private void SkipBlank(bool newlines)
        {
            while (!AtEnd)
            {
                var c = Current;
                if (c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\u00a0' || c == '\ufeff') { _pos++; continue; }
                if (newlines && (c == '\r' || c == '\n')) { _pos++; continue; }
                if (c == '`' && (Peek(1) == '\n' || (Peek(1) == '\r' && Peek(2) == '\n'))) { _pos += Peek(1) == '\r' ? 3 : 2; continue; }
                if (c == '<' && Peek(1) == '#')
                {
                    var open = _pos;
                    var end = _text.IndexOf("#>", _pos + 2, StringComparison.Ordinal);
                    if (end < 0) throw Error("this <# comment is not closed with #>", open);
                    _pos = end + 2;
                    continue;
                }
                if (c == '#')
                {
                    while (!AtEnd && Current != '\n') _pos++;
                    continue;
                }
                return;
            }
        }

        private void SkipSeparators()
        {
            while (true)
            {
                SkipBlank(newlines: true);
                if (Current == ';') { _pos++; continue; }
                return;
            }
        }

        private static bool IsSingleQuote(char c) => c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u201a' || c == '\u201b';

        private FormatException Error(string message, int? at = null)
        {
            var position = Math.Min(at ?? _pos, _text.Length);
            var line = 1;
            var column = 1;
            for (var i = 0; i < position; i++)
            {
                if (_text[i] == '\n') { line++; column = 1; }
                else column++;
            }
            return new FormatException($"{_source}, line {line}, column {column}: {message}.");
        }
    }
}
