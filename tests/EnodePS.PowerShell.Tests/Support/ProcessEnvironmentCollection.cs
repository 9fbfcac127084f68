namespace EnodePS.PowerShell.Tests.Support
{
    /// <summary>
    /// Tests that set ENODE_* variables in the process environment ($env:... in a script, as users do): every runspace
    /// of this process reads the same environment, so these run alone, never beside another test's Connect-Enode.
    /// </summary>
    [CollectionDefinition(Name, DisableParallelization = true)]
    public sealed class ProcessEnvironmentCollection
    {
        public const string Name = "Process environment";
    }
}
