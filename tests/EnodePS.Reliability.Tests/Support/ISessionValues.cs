using System;
using System.Security;
using EnodePS.Connections;
using EnodePS.Emulator;

namespace EnodePS.Reliability.Tests.Support
{
    /// <summary>What <see cref="ParameterFiller"/> draws values from: a connected session and its emulator.</summary>
    public interface ISessionValues
    {
        EnodeEmulator Emulator { get; }
        EnodeConnection Connection { get; }

        /// <summary>The session's emulator as Start-EnodeEmulator returns one.</summary>
        RunningEmulator Running { get; }

        Uri ApiUrl { get; }
        Uri TokenUrl { get; }

        /// <summary>A secret value for a SecureString parameter (the leak test remembers it, to look for it later).</summary>
        SecureString Plant(string kind);
    }
}
