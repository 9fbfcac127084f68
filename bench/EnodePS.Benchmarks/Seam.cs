using System;
using System.Collections.Generic;
using EnodePS.Infrastructure;

namespace EnodePS.Benchmarks
{
    /// <summary>Runs a cmdlet as PowerShell would: begin, process, end, on this thread, writing to the given host.</summary>
    internal static class Seam
    {
        public static void Run(EnodeCmdlet cmdlet, ICmdletHost host, string parameterSet)
        {
            cmdlet.CmdletHost = host;
            cmdlet.ParameterSetOverride = parameterSet;
            cmdlet.InvokeBegin();
            cmdlet.InvokeProcess();
            cmdlet.InvokeEnd();
        }

        /// <summary>Runs a cmdlet with pipeline input: begin, then process once per item after <paramref name="bind"/> sets it, then end.</summary>
        public static void RunWithInput<T>(EnodeCmdlet cmdlet, ICmdletHost host, string parameterSet, IEnumerable<T> input, Action<T> bind)
        {
            cmdlet.CmdletHost = host;
            cmdlet.ParameterSetOverride = parameterSet;
            cmdlet.InvokeBegin();
            foreach (var item in input)
            {
                bind(item);
                cmdlet.InvokeProcess();
            }
            cmdlet.InvokeEnd();
        }
    }
}
