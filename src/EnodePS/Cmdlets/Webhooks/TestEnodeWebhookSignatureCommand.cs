using System;
using System.Management.Automation;
using EnodePS.Client.Webhooks;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Webhooks
{
    /// <summary>
    /// <para type="synopsis">Checks the x-enode-signature of a webhook delivery against its raw body and the webhook's secret.</para>
    /// </summary>
    [Cmdlet(VerbsDiagnostic.Test, "EnodeWebhookSignature", HelpUri = HelpLinks.Cmdlets + "Test-EnodeWebhookSignature.md")]
    [OutputType(typeof(bool))]
    public sealed class TestEnodeWebhookSignatureCommand : EnodeCmdlet
    {
        /// <summary>The raw request body exactly as received: a string (read as UTF-8) or bytes.</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [AllowEmptyString]
        public object? Body { get; set; }

        /// <summary>The x-enode-signature header's value ("sha1=..."); a missing header may be passed as $null.</summary>
        [Parameter(Mandatory = true, Position = 1)]
        [AllowNull]
        [AllowEmptyString]
        public string? Signature { get; set; }

        /// <summary>The webhook's secret: a SecureString, or a string.</summary>
        [Parameter(Mandatory = true, Position = 2)]
        [ValidateNotNull]
        public object? Secret { get; set; }

        protected override void Process()
        {
            var body = WebhookBody.Bytes(Body, out var bodyProblem);
            if (body == null) InvalidParameter(nameof(Body), Body?.GetType().Name, bodyProblem!);
            var secret = WebhookBody.SecretText(Secret, out var secretProblem);
            if (secret == null) InvalidParameter(nameof(Secret), Secret?.GetType().Name, secretProblem!);

            var check = WebhookSignature.Verify(body!, Signature, secret!);
            if (check == SignatureCheck.Missing || check == SignatureCheck.Malformed)
                WriteError(ErrorMapper.Record(new ArgumentException(WebhookSignature.Describe(check), nameof(Signature)),
                    check == SignatureCheck.Missing ? "EnodeWebhookSignatureMissing" : "EnodeWebhookSignatureMalformed",
                    ErrorCategory.InvalidData, WebhookSignature.HeaderName));
            else if (check == SignatureCheck.Mismatch)
                Verbose(WebhookSignature.Describe(check));
            Output(check == SignatureCheck.Valid);
        }
    }
}
