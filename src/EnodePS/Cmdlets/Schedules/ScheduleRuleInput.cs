using System.Collections.Generic;
using System.Management.Automation;
using EnodePS.Client.Json;
using EnodePS.Client.Models;
using EnodePS.Client.Validation;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Schedules
{
    /// <summary>Turns what -Rule was given (New-EnodeScheduleRule objects, hashtables, PSCustomObjects) into checked rules.</summary>
    internal static class ScheduleRuleInput
    {
        public const string Allowed =
            "rules made with New-EnodeScheduleRule, or hashtables such as @{ From = '22:00'; To = '06:00'; Weekday = 'Mon','Tue'; ShouldCharge = $true }.";

        public static List<ScheduleRule> From(object[]? items, string parameterName)
        {
            var rules = new List<ScheduleRule>();
            if (items == null) return rules;
            for (var i = 0; i < items.Length; i++)
            {
                var name = $"{parameterName}[{i}]";
                var item = items[i] is PSObject ps && ps.BaseObject is ScheduleRule wrapped ? wrapped : items[i];
                switch (item)
                {
                    case ScheduleRule rule:
                        rules.Add(ScheduleRules.Check(rule, name));
                        break;
                    case null:
                        throw new EnodeValidationException(name, null, Allowed);
                    default:
                        if (PowerShellValues.ToPlain(item) is JsonRecord record) rules.Add(ScheduleRules.FromDictionary(record, name));
                        else throw new EnodeValidationException(name, item, Allowed);
                        break;
                }
            }
            return rules;
        }
    }
}
