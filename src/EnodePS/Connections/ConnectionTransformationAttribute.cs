using System;
using System.Linq;
using System.Management.Automation;

namespace EnodePS.Connections
{
    /// <summary>Lets -Connection take a connection's name as well as the connection object.</summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class ConnectionTransformationAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            var value = inputData is PSObject ps ? ps.BaseObject : inputData;
            if (!(value is string name)) return inputData;
            var session = ConnectionStore.For(EnodePS.Infrastructure.EnodeCmdlet.SessionKey);
            var found = session.Find(name);
            if (found != null) return found;
            var open = session.All.Select(c => c.Name).ToList();
            throw new ArgumentTransformationMetadataException(
                $"There is no connection named '{name}'. " + (open.Count == 0 ? "No connection is open: run Connect-Enode." : "Open connections: " + string.Join(", ", open) + "."));
        }
    }
}
