using System;
using EnodePS.Client;

namespace EnodePS.Connections
{
    /// <summary>The request options in force for one connection, or for connections made later in the session.</summary>
    public sealed class EnodeRequestOption
    {
        internal EnodeRequestOption(string appliesTo, RetryOptions options)
        {
            AppliesTo = appliesTo;
            MaxRetries = options.MaxRetries;
            MaxRetryWaitSeconds = options.MaxRetryAfter.TotalSeconds;
            MaxBackoffSeconds = options.MaxDelay.TotalSeconds;
            TimeoutSeconds = options.AttemptTimeout.TotalSeconds;
        }

        /// <summary>A connection's name, or "(new connections)".</summary>
        public string AppliesTo { get; }
        public int MaxRetries { get; }

        /// <summary>The longest Retry-After the client waits out before a retry.</summary>
        public double MaxRetryWaitSeconds { get; }

        /// <summary>The longest backoff the client picks by itself.</summary>
        public double MaxBackoffSeconds { get; }

        /// <summary>Time allowed for one attempt.</summary>
        public double TimeoutSeconds { get; }

        public const string NewConnections = "(new connections)";

        /// <summary>What a connection made now in this session gets: the session's options over the environment's over the defaults.</summary>
        internal static RetryOptions ForNewConnection(SessionConnections session, Func<string, string?> environment) =>
            session.RequestOptions.Over(RequestOptions.FromEnvironment(environment)).ApplyTo(new RetryOptions());
    }
}
