namespace EnodePS.Emulator.Faults
{
    public enum FaultKind
    {
        /// <summary>Answer 429 Too Many Requests with a Retry-After header.</summary>
        TooManyRequests,
        /// <summary>Answer 503 Service Unavailable, with a Retry-After header when one is set.</summary>
        ServiceUnavailable,
        /// <summary>Answer 500 Server Error.</summary>
        ServerError,
        /// <summary>Close the connection without an answer.</summary>
        DropConnection,
        /// <summary>Send only the first half of the real answer's body.</summary>
        TruncateBody,
        /// <summary>Serve the request, then answer 200 with a body that is not valid JSON.</summary>
        MalformedBody,
    }
}
