using System;

namespace EnodePS.Client.Errors
{
    public static class ArgumentMessages
    {
        /// <summary>The message without the " (Parameter 'x')" (.NET) or "Parameter name: x" (.NET Framework) that ArgumentException appends.</summary>
        public static string WithoutParameterName(ArgumentException ex)
        {
            var message = ex.Message;
            if (ex.ParamName == null) return message;
            foreach (var suffix in new[] { $" (Parameter '{ex.ParamName}')", Environment.NewLine + "Parameter name: " + ex.ParamName })
                if (message.EndsWith(suffix, StringComparison.Ordinal)) return message.Substring(0, message.Length - suffix.Length);
            return message;
        }
    }
}
