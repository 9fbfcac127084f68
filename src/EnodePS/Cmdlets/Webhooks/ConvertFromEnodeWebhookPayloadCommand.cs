using System;
using System.Management.Automation;
using EnodePS.Client.Models.Events;
using EnodePS.Client.Webhooks;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Webhooks
{
    /// <summary>
    /// <para type="synopsis">Turns a webhook delivery body into typed event objects, after checking its signature when given the secret.</para>
    /// </summary>
    [Cmdlet(VerbsData.ConvertFrom, "EnodeWebhookPayload", HelpUri = HelpLinks.Cmdlets + "ConvertFrom-EnodeWebhookPayload.md")]
    [OutputType(typeof(WebhookEvent))]
    public sealed class ConvertFromEnodeWebhookPayloadCommand : EnodeCmdlet
    {
        /// <summary>The raw body: a JSON array of events (or one event), as a string or bytes.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        public object? Body { get; set; }

        /// <summary>The webhook's secret (SecureString or string); with it, the signature is checked before anything is read.</summary>
        [Parameter]
        [ValidateNotNull]
        public object? Secret { get; set; }

        /// <summary>The x-enode-signature header's value; required with -Secret.</summary>
        [Parameter]
        [AllowNull]
        [AllowEmptyString]
        public string? Signature { get; set; }

        protected override void Process()
        {
            var body = WebhookBody.Bytes(Body, out var bodyProblem);
            if (body == null) InvalidParameter(nameof(Body), Body?.GetType().Name, bodyProblem!);
            Verify(body!);

            try
            {
                foreach (var e in WebhookPayloadReader.Read(body!))
                {
                    if (e is UnknownEvent unknown)
                        Verbose(unknown.ReadProblem == null
                            ? $"'{unknown.Event}' has no class in this version of EnodePS: it is returned with all its fields in Fields."
                            : $"'{unknown.Event}' did not fit its class ({unknown.ReadProblem}): it is returned with all its fields in Fields.");
                    Output(WebhookEventOutput.WithPayloadTypeNames(e));
                }
            }
            catch (FormatException ex)
            {
                Terminate(ErrorMapper.Record(ex, "EnodeWebhookPayloadInvalid", ErrorCategory.InvalidData, null));
            }
        }

        private void Verify(byte[] body)
        {
            if (Secret == null)
            {
                if (Signature != null) InvalidParameter(nameof(Signature), "-Signature", "give -Secret too: a signature is checked with the webhook's secret.");
                return;
            }
            var secret = WebhookBody.SecretText(Secret, out var problem);
            if (secret == null) InvalidParameter(nameof(Secret), Secret.GetType().Name, problem!);
            var check = WebhookSignature.Verify(body, Signature, secret!);
            if (check != SignatureCheck.Valid)
                Terminate(ErrorMapper.Record(new System.Security.SecurityException("The webhook payload was rejected: " + WebhookSignature.Describe(check)),
                    "EnodeWebhookSignatureInvalid", ErrorCategory.SecurityError, WebhookSignature.HeaderName));
        }
    }
}
