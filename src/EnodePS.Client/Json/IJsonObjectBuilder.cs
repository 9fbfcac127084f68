namespace EnodePS.Client.Json
{
    /// <summary>
    /// Builds a caller's own objects while the client reads JSON (<see cref="Resources.RawRequests"/>): the client
    /// reads the text once and calls this for every JSON object, so that a caller without access to the JSON library
    /// (the cmdlets: System.Text.Json loads in the engine's private context) gets its objects with nothing in between.
    /// Values reach <see cref="AddProperty"/> already built: nested objects as this builder made them, arrays as
    /// <c>object?[]</c>, numbers as <c>long</c>, <c>double</c> or <c>BigInteger</c> (what Invoke-RestMethod gives),
    /// strings as strings (dates too), true/false as <c>bool</c>, null as null. Property names repeated across objects
    /// arrive as one cached string each. A name repeated within one object is added again: the builder decides.
    /// </summary>
    public interface IJsonObjectBuilder<TObject> where TObject : class
    {
        TObject CreateObject();

        void AddProperty(TObject target, string name, object? value);
    }
}
