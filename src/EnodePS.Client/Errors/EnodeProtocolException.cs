using System;

namespace EnodePS.Client.Errors
{
    /// <summary>The server's answer could not be understood: malformed or truncated JSON, a missing field.</summary>
    public sealed class EnodeProtocolException : Exception
    {
        public EnodeProtocolException(string message, Exception? inner = null) : base(message, inner) { }
    }
}
