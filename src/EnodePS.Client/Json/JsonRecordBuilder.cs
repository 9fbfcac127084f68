namespace EnodePS.Client.Json
{
    /// <summary>Builds JSON objects as <see cref="JsonRecord"/>s: plain values for .NET callers without a model.</summary>
    public sealed class JsonRecordBuilder : IJsonObjectBuilder<JsonRecord>
    {
        public static readonly JsonRecordBuilder Instance = new JsonRecordBuilder();

        public JsonRecord CreateObject() => new JsonRecord();

        public void AddProperty(JsonRecord target, string name, object? value) => target.Add(name, value);
    }
}
