using System;
using System.Collections;
using System.Collections.Generic;

namespace EnodePS.Client.Json
{
    /// <summary>
    /// A JSON object read without a model: its properties in document order. The PowerShell layer turns it into a
    /// PSCustomObject; any .NET caller can read it as a dictionary.
    /// </summary>
    public sealed class JsonRecord : IReadOnlyDictionary<string, object?>
    {
        private readonly List<KeyValuePair<string, object?>> _ordered = new List<KeyValuePair<string, object?>>();
        private readonly Dictionary<string, object?> _byName = new Dictionary<string, object?>(StringComparer.Ordinal);

        public void Add(string name, object? value)
        {
            if (_byName.ContainsKey(name))
            {
                _byName[name] = value;
                _ordered[_ordered.FindIndex(p => p.Key == name)] = new KeyValuePair<string, object?>(name, value);
                return;
            }
            _byName[name] = value;
            _ordered.Add(new KeyValuePair<string, object?>(name, value));
        }

        public object? this[string key] => _byName[key];
        public IEnumerable<string> Keys { get { foreach (var p in _ordered) yield return p.Key; } }
        public IEnumerable<object?> Values { get { foreach (var p in _ordered) yield return p.Value; } }
        public int Count => _ordered.Count;
        public bool ContainsKey(string key) => _byName.ContainsKey(key);
        public bool TryGetValue(string key, out object? value) => _byName.TryGetValue(key, out value);
        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => _ordered.GetEnumerator();
        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
