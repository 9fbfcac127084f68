using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Reflection;

namespace EnodePS.Cmdlets.Tests.Support
{
    /// <summary>
    /// Reads cmdlet attributes from metadata (CustomAttributeData). PowerShellStandard.Library's attribute classes are
    /// inert outside PowerShell, so their properties read as defaults; the metadata holds what the code declared.
    /// </summary>
    public static class CmdletMetadata
    {
        public const string AllSets = "__AllParameterSets";

        public sealed class CmdletInfo
        {
            public Type Type = typeof(object);
            public string Verb = "";
            public string Noun = "";
            public string Name => Verb + "-" + Noun;
            public string? DefaultParameterSetName;
            public bool SupportsShouldProcess;
            public bool SupportsPaging;
            public string? ConfirmImpact;
            public List<Type> OutputTypes = new List<Type>();
            public List<ParameterInfo> Parameters = new List<ParameterInfo>();
        }

        public sealed class ParameterInfo
        {
            public PropertyInfo Property = null!;
            public string Name => Property.Name;
            public List<ParameterDeclaration> Declarations = new List<ParameterDeclaration>();
            public List<string> Aliases = new List<string>();
            public List<string>? ValidateSet;
        }

        public sealed class ParameterDeclaration
        {
            public string ParameterSetName = AllSets;
            public bool Mandatory;
            public bool ValueFromPipeline;
            public bool ValueFromPipelineByPropertyName;
        }

        public static IEnumerable<Type> CmdletTypes(Assembly assembly) =>
            assembly.GetTypes().Where(t => !t.IsAbstract && t.GetCustomAttributesData().Any(a => a.AttributeType == typeof(CmdletAttribute)));

        public static CmdletInfo Read(Type type)
        {
            var info = new CmdletInfo { Type = type };
            foreach (var data in type.GetCustomAttributesData())
            {
                if (data.AttributeType == typeof(CmdletAttribute))
                {
                    info.Verb = (string)data.ConstructorArguments[0].Value!;
                    info.Noun = (string)data.ConstructorArguments[1].Value!;
                    info.DefaultParameterSetName = Named<string>(data, "DefaultParameterSetName");
                    info.SupportsShouldProcess = Named<bool>(data, "SupportsShouldProcess");
                    info.SupportsPaging = Named<bool>(data, "SupportsPaging");
                    foreach (var argument in data.NamedArguments)
                        if (argument.MemberName == "ConfirmImpact")
                            info.ConfirmImpact = Enum.GetName(typeof(ConfirmImpact), argument.TypedValue.Value!);
                }
                else if (data.AttributeType == typeof(OutputTypeAttribute))
                {
                    foreach (var arg in data.ConstructorArguments)
                    {
                        if (arg.Value is System.Collections.ObjectModel.ReadOnlyCollection<CustomAttributeTypedArgument> items)
                            info.OutputTypes.AddRange(items.Select(i => i.Value).OfType<Type>());
                        else if (arg.Value is Type t) info.OutputTypes.Add(t);
                    }
                }
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var parameter = new ParameterInfo { Property = property };
                foreach (var data in property.GetCustomAttributesData())
                {
                    if (data.AttributeType == typeof(ParameterAttribute))
                        parameter.Declarations.Add(new ParameterDeclaration
                        {
                            ParameterSetName = Named<string>(data, "ParameterSetName") ?? AllSets,
                            Mandatory = Named<bool>(data, "Mandatory"),
                            ValueFromPipeline = Named<bool>(data, "ValueFromPipeline"),
                            ValueFromPipelineByPropertyName = Named<bool>(data, "ValueFromPipelineByPropertyName"),
                        });
                    else if (data.AttributeType == typeof(AliasAttribute))
                        parameter.Aliases.AddRange(StringArguments(data));
                    else if (data.AttributeType == typeof(ValidateSetAttribute))
                        parameter.ValidateSet = StringArguments(data).ToList();
                }
                if (parameter.Declarations.Count > 0) info.Parameters.Add(parameter);
            }
            return info;
        }

        private static IEnumerable<string> StringArguments(CustomAttributeData data)
        {
            foreach (var arg in data.ConstructorArguments)
            {
                if (arg.Value is System.Collections.ObjectModel.ReadOnlyCollection<CustomAttributeTypedArgument> items)
                    foreach (var item in items) yield return (string)item.Value!;
                else if (arg.Value is string s) yield return s;
            }
        }

        private static T? Named<T>(CustomAttributeData data, string name)
        {
            foreach (var argument in data.NamedArguments)
                if (argument.MemberName == name) return (T)argument.TypedValue.Value!;
            return default;
        }
    }
}
