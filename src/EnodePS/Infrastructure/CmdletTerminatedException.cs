using System;

namespace EnodePS.Infrastructure
{
    /// <summary>
    /// Thrown after the host was told to stop the cmdlet, so that a host whose ThrowTerminatingError returns (the test
    /// recorder) still ends the cmdlet. PowerShell's own host throws first, so users never see this type.
    /// </summary>
    public sealed class CmdletTerminatedException : Exception
    {
        public CmdletTerminatedException(CmdletError error) : base(error.Exception.Message, error.Exception)
        {
            Error = error;
        }

        public CmdletError Error { get; }
    }
}
