using System.Collections.Generic;
using EnodePS.Client;

namespace EnodePS.Reliability.Tests.Support
{
    /// <summary>Values in the documented format for parameters whose ValidatePattern says what they take, by parameter name.</summary>
    public static class ParameterExamples
    {
        public static readonly IReadOnlyDictionary<string, string[]> ByName = new Dictionary<string, string[]>
        {
            ["ApiVersion"] = new[] { EnodeEndpoints.DefaultApiVersion },
            ["Path"] = new[] { "/vehicles", "/health/ready", "/users/u-1/vehicles?pageSize=5" },
        };
    }
}
