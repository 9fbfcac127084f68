namespace EnodePS.Client.Models
{
    public sealed class HemSystemSampling
    {
        /// <summary>Always "bucketed".</summary>
        public string? Mode { get; set; }

        /// <summary>ISO 8601 duration of a bucket: PT5M, PT10M, PT15M, PT30M, PT1H or P1D.</summary>
        public string? Resolution { get; set; }

        public override string ToString() => Resolution ?? "";
    }
}
