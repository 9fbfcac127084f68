using System;
using EnodePS.Client.Models;

namespace EnodePS.Client.Actions
{
    /// <summary>An action to wait for: its target type and id, and what is already known of it (when the caller has the action).</summary>
    public sealed class ActionReference : IEquatable<ActionReference>
    {
        public ActionReference(string targetType, string id, VendorAction? known = null)
        {
            if (string.IsNullOrEmpty(id)) throw new ArgumentException("An action id is required.", nameof(id));
            TargetType = ActionTargetTypes.Normalize(targetType, nameof(targetType));
            Id = id;
            Known = known;
        }

        /// <summary>vehicle, charger, hvac or battery.</summary>
        public string TargetType { get; }
        public string Id { get; }

        /// <summary>The action as the caller last saw it: a resolved one needs no request, a pending one is polled after a first interval.</summary>
        public VendorAction? Known { get; }

        public static ActionReference Of(VendorAction action) => new ActionReference(action.TargetType, action.Id, action);

        public bool Equals(ActionReference? other) =>
            other != null && string.Equals(TargetType, other.TargetType, StringComparison.Ordinal) && string.Equals(Id, other.Id, StringComparison.Ordinal);

        public override bool Equals(object? obj) => Equals(obj as ActionReference);
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(TargetType) ^ StringComparer.Ordinal.GetHashCode(Id);
        public override string ToString() => TargetType + " action " + Id;
    }
}
