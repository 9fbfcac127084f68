namespace EnodePS.Client.Models
{
    /// <summary>
    /// A resource the API lists or gets by id: a device, a user, a location, a schedule, a webhook, an action...
    /// Holds one opaque reference for the layer above, which the client never reads: the cmdlets record there the
    /// connection an object was read through, so that piping it on acts through that connection. A field kept
    /// internal (the cmdlet assembly sees it), not a property: serializers and PowerShell's adapter never show it, and
    /// recording it costs a store rather than an entry in a weak table for every item of a listing.
    /// </summary>
    public abstract class ApiResource
    {
        internal object? Origin;
    }
}
