namespace EnodePS.Client.Webhooks
{
    /// <summary>The outcome of checking an x-enode-signature header.</summary>
    public enum SignatureCheck
    {
        /// <summary>The header is the HMAC-SHA1 of the body with the secret.</summary>
        Valid,

        /// <summary>Well formed, but not the body's signature with this secret (tampered body, or another secret).</summary>
        Mismatch,

        /// <summary>No header, or an empty one.</summary>
        Missing,

        /// <summary>Not "sha1=" followed by 40 hex digits.</summary>
        Malformed,
    }
}
