using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Tests.Support
{
    public static class CmdletExtensions
    {
        /// <summary>Gives switch parameters, as -Name on a command line would.</summary>
        public static T With<T>(this T cmdlet, params string[] switches) where T : EnodeCmdlet
        {
            foreach (var name in switches) cmdlet.SetSwitchPresent(name);
            return cmdlet;
        }
    }
}
