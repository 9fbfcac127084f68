using EnodePS.Cmdlets.Tests.Support;
using EnodePS.Infrastructure;

namespace EnodePS.Reliability.Tests.Support
{
    /// <summary>
    /// Runs a cmdlet without pipeline input through any <see cref="ICmdletHost"/> (CmdletRunner takes only a
    /// RecordingHost): begin, process, end, with the parameter set PowerShell's binder would choose.
    /// </summary>
    internal static class SeamRunner
    {
        public static void Run(EnodeCmdlet cmdlet, ICmdletHost host, string? parameterSet = null)
        {
            cmdlet.CmdletHost = host;
            ParameterSetOverride.Set(cmdlet, parameterSet ?? ParameterSetOverride.Resolve(cmdlet));
            try
            {
                cmdlet.InvokeBegin();
                cmdlet.InvokeProcess();
                cmdlet.InvokeEnd();
            }
            catch (CmdletTerminatedException)
            {
                // recorded by the host as a terminating error
            }
        }
    }
}
