namespace EnodePS.Client
{
    /// <summary>Where a client sends its requests.</summary>
    public enum EnodeEnvironment
    {
        Production,
        Sandbox,
        /// <summary>An EnodePS emulator, in-process or on loopback.</summary>
        Emulator,
        /// <summary>API and token URLs given explicitly.</summary>
        Custom,
    }
}
