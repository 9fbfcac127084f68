namespace EnodePS.Infrastructure
{
    /// <summary>Where Get-Help -Online goes: each cmdlet's page in the repository named by the manifest's ProjectUri.</summary>
    internal static class HelpLinks
    {
        public const string ProjectUri = "https://github.com/enodeps/EnodePS";
        public const string Cmdlets = ProjectUri + "/blob/main/docs/cmdlets/";
    }
}
