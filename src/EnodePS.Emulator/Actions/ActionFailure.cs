using System.Text.Json.Nodes;

namespace EnodePS.Emulator.Actions
{
    /// <summary>Why an action did not (or need not) change its device: the reference's failureReason { type, detail }.</summary>
    public sealed class ActionFailure
    {
        public ActionFailure(string type, string detail)
        {
            Type = type;
            Detail = detail;
        }

        public string Type { get; }
        public string Detail { get; }

        public static ActionFailure Unnecessary(string detail) => new ActionFailure(ActionStates.Unnecessary, detail);
        public static ActionFailure Precondition(string detail) => new ActionFailure(ActionStates.FailedPrecondition, detail);

        public JsonObject ToJson() => new JsonObject { ["type"] = Type, ["detail"] = Detail };
    }
}
