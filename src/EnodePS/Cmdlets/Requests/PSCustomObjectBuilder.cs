using System.Management.Automation;
using EnodePS.Client.Json;

namespace EnodePS.Cmdlets.Requests
{
    /// <summary>
    /// Builds the PSCustomObjects of Invoke-EnodeRequest while the client reads the answer, with nothing in between:
    /// what Invoke-RestMethod gives for the same JSON, except that dates stay the API's text.
    /// </summary>
    internal sealed class PSCustomObjectBuilder : IJsonObjectBuilder<PSObject>
    {
        public static readonly PSCustomObjectBuilder Instance = new PSCustomObjectBuilder();

        public PSObject CreateObject() => new PSObject();

        // Pre-validated: a JSON object's names need none of PowerShell's checks (they are note properties on a fresh
        // object); a name repeated in one object replaces the earlier value.
        public void AddProperty(PSObject target, string name, object? value) =>
            target.Properties.Add(new PSNoteProperty(name, value), true);
    }
}
