using System;
using System.Linq;
using System.Management.Automation;
using EnodePS.Infrastructure;

namespace EnodePS.Benchmarks
{
    /// <summary>
    /// The "wait" mode: 1,000 actions whose completion the emulator delays by 2 seconds, waited for with
    /// Wait-EnodeAction; total time and polling requests. Wait-EnodeAction is being built on another branch, so this
    /// mode says it is not available rather than print numbers it did not measure.
    /// </summary>
    internal static class WaitingBenchmark
    {
        public const string NotAvailable = "not available: needs Wait-EnodeAction";

        /// <summary>True when the module has a Wait-EnodeAction cmdlet.</summary>
        /// <remarks>Read from metadata: PowerShellStandard's attribute instances hold nothing outside PowerShell.</remarks>
        public static bool IsAvailable =>
            typeof(EnodeCmdlet).Assembly.GetTypes().SelectMany(t => t.GetCustomAttributesData())
                .Any(a => a.AttributeType == typeof(CmdletAttribute) && (string?)a.ConstructorArguments[0].Value == "Wait"
                          && (string?)a.ConstructorArguments[1].Value == "EnodeAction");

        public static int Run()
        {
            Console.WriteLine("## Waiting: 1,000 actions, 2-second emulator delay");
            Console.WriteLine();
            if (!IsAvailable)
            {
                Console.WriteLine(NotAvailable);
                return 0;
            }
            // Wait-EnodeAction is in the module: this mode is still to be written against it (bench/README.md, "Waiting").
            Console.WriteLine("not available: Wait-EnodeAction is in the module, but this mode has not been written for it yet (bench/README.md, \"Waiting\")");
            return 0;
        }
    }
}
