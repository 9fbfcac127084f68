namespace EnodePS.PowerShell.Tests.Support
{
    /// <summary>The line PowerShell's -Confirm prompt shows for one ShouldProcess call (in <see cref="ScriptResult.Prompts"/>).</summary>
    public static class ConfirmPrompt
    {
        public static string Operation(string action, string target) => $"Performing the operation \"{action}\" on target \"{target}\".";
    }
}
