using EnodePS.Client;
using EnodePS.Emulator;

namespace EnodePS.Reliability.Tests.Support
{
    /// <summary>What <see cref="ParameterFiller"/> draws values from: a connected session's emulator and client.</summary>
    public interface ISessionValues
    {
        EnodeEmulator Emulator { get; }

        /// <summary>The client of the session's current connection (to read model objects for object parameters).</summary>
        EnodeClient Client { get; }

        /// <summary>A secret value for a SecureString parameter (the leak test remembers it, to look for it later).</summary>
        string Plant(string kind);
    }
}
