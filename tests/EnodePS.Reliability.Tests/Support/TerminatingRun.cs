using System.Management.Automation;
using EnodePS.PowerShell.Tests.Support;

namespace EnodePS.Reliability.Tests.Support
{
    /// <summary>
    /// Runs a script inside try/catch, so that a terminating error (a cmdlet's ThrowTerminatingError) is told apart
    /// from non-terminating ones: the caught record comes back as <c>Terminating</c>; the rest stay in the error stream.
    /// </summary>
    public static class TerminatingRun
    {
        public static (ScriptResult Result, ErrorRecord? Terminating) Run(PowerShellSession session, string script, object? variables = null)
        {
            var result = session.Run($"$enodeTerminating = $null\ntry {{ {script} }} catch {{ $enodeTerminating = $_ }}", variables);
            return (result, session.Runspace.SessionStateProxy.GetVariable("enodeTerminating") as ErrorRecord);
        }
    }
}
