using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using EnodePS.Client.Webhooks;

namespace EnodePS.Cmdlets.Webhooks
{
    /// <summary>Tab completion for -Event: the subscribable event names, quoted because they contain colons.</summary>
    public sealed class WebhookEventCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters) =>
            Matches(wordToComplete).Select(name => new CompletionResult("'" + name + "'", name, CompletionResultType.ParameterValue, name));

        /// <summary>The event names that start with (or, failing that, contain) what was typed so far.</summary>
        public static IEnumerable<string> Matches(string? wordToComplete)
        {
            var word = (wordToComplete ?? "").Trim('\'', '"');
            var starting = WebhookEventNames.Subscribable.Where(n => n.StartsWith(word, StringComparison.OrdinalIgnoreCase)).ToList();
            return starting.Count > 0 ? starting : WebhookEventNames.Subscribable.Where(n => n.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0);
        }
    }
}
