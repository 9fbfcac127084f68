namespace EnodePS.Client.Webhooks
{
    public enum WebhookAction
    {
        Create,
        Update,
        Unchanged,
    }
}
