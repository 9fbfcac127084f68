using System.Collections.Generic;

namespace EnodePS.Client.Models
{
    /// <summary>A webhook receiver's answer to a test delivery.</summary>
    public sealed class WebhookTestResponse
    {
        public int Code { get; set; }
        public string? Body { get; set; }

        /// <summary>"Name: value" per header, or null.</summary>
        public List<string>? Headers { get; set; }

        public override string ToString() => Code.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
