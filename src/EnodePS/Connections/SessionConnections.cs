using System;
using System.Collections.Generic;
using System.Linq;

namespace EnodePS.Connections
{
    /// <summary>The connections of one PowerShell session: the current one and every named one.</summary>
    public sealed class SessionConnections
    {
        private readonly object _gate = new object();
        private readonly Dictionary<string, EnodeConnection> _byName = new Dictionary<string, EnodeConnection>(StringComparer.OrdinalIgnoreCase);
        private EnodeConnection? _current;

        public EnodeConnection? Current { get { lock (_gate) return _current; } }

        /// <summary>Request options set with Set-EnodeRequestOption for connections made later in this session.</summary>
        public EnodePS.Client.RequestOptions RequestOptions
        {
            get { lock (_gate) return _requestOptions; }
            set { lock (_gate) _requestOptions = value; }
        }

        private EnodePS.Client.RequestOptions _requestOptions = EnodePS.Client.RequestOptions.Create(null, null, null);

        /// <summary>The command budget set with Set-EnodeRequestOption for connections made later in this session.</summary>
        public EnodePS.Client.Actions.CommandBudget CommandBudget
        {
            get { lock (_gate) return _commandBudget; }
            set { lock (_gate) _commandBudget = value ?? throw new ArgumentNullException(nameof(value)); }
        }

        private EnodePS.Client.Actions.CommandBudget _commandBudget = EnodePS.Client.Actions.CommandBudget.Default;

        public IReadOnlyList<EnodeConnection> All { get { lock (_gate) return _byName.Values.ToList(); } }

        public EnodeConnection? Find(string name)
        {
            lock (_gate) return _byName.TryGetValue(name, out var c) ? c : null;
        }

        /// <summary>Makes the connection current and keeps it under its name; returns one it replaced, to dispose.</summary>
        public EnodeConnection? Add(EnodeConnection connection)
        {
            lock (_gate)
            {
                _byName.TryGetValue(connection.Name, out var replaced);
                _byName[connection.Name] = connection;
                _current = connection;
                return replaced;
            }
        }

        public bool Remove(EnodeConnection connection)
        {
            lock (_gate)
            {
                if (_current == connection) _current = null;
                if (_byName.TryGetValue(connection.Name, out var found) && found == connection)
                {
                    _byName.Remove(connection.Name);
                    return true;
                }
                return false;
            }
        }
    }
}
