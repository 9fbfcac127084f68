using System;

namespace EnodePS.Emulator.Faults
{
    /// <summary>
    /// One fault switched on in a <see cref="FaultInjector"/>: it sees every request to its operation (or to any
    /// operation) and decides, deterministically, whether that request misbehaves.
    /// </summary>
    public abstract class ArmedFault
    {
        protected ArmedFault(string? operation) { Operation = operation; }

        /// <summary>"METHOD /template" the fault applies to, or null for every operation (the token endpoint included).</summary>
        public string? Operation { get; }

        /// <summary>A short name of the kind of rule: "next", "every", "random", "outage" or "rateLimit".</summary>
        public abstract string Mode { get; }

        /// <summary>What the rule does, in words, for listings.</summary>
        public abstract string Description { get; }

        public bool Applies(string operation) =>
            Operation == null || string.Equals(Operation, operation, StringComparison.OrdinalIgnoreCase);

        /// <summary>Decides for one request to a matching operation. Called under the injector's lock.</summary>
        internal abstract InjectedFault? Take(DateTimeOffset now);

        /// <summary>True once the rule can never fire again, so the injector drops it.</summary>
        internal abstract bool IsSpent(DateTimeOffset now);

        protected string Scope => Operation == null ? "every request" : Operation;

        protected static string Answer(FaultKind kind)
        {
            switch (kind)
            {
                case FaultKind.TooManyRequests: return "429";
                case FaultKind.ServiceUnavailable: return "503";
                case FaultKind.ServerError: return "500";
                case FaultKind.DropConnection: return "a dropped connection";
                case FaultKind.TruncateBody: return "a truncated body";
                default: return "a malformed 200 body";
            }
        }

        public override string ToString() => Description;
    }
}
