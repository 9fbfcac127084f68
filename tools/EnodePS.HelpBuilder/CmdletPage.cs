using System.Collections.Generic;

namespace EnodePS.HelpBuilder
{
    /// <summary>One cmdlet's help as a PlatyPS markdown page describes it.</summary>
    public sealed class CmdletPage
    {
        public string Name { get; set; } = "";
        public string Synopsis { get; set; } = "";
        public List<string> Description { get; } = new List<string>();
        public List<SyntaxBlock> Syntax { get; } = new List<SyntaxBlock>();
        public List<ExampleSection> Examples { get; } = new List<ExampleSection>();
        public List<ParameterSection> Parameters { get; } = new List<ParameterSection>();
        public List<TypeSection> Inputs { get; } = new List<TypeSection>();
        public List<TypeSection> Outputs { get; } = new List<TypeSection>();
        public List<string> Notes { get; } = new List<string>();
        public List<(string Text, string Uri)> RelatedLinks { get; } = new List<(string, string)>();

        public string Verb => Name.Contains('-') ? Name.Substring(0, Name.IndexOf('-')) : Name;
        public string Noun => Name.Contains('-') ? Name.Substring(Name.IndexOf('-') + 1) : "";
    }

    public sealed class SyntaxBlock
    {
        public string SetName { get; set; } = "";
        public bool IsDefault { get; set; }
        public string Line { get; set; } = "";
    }

    public sealed class ExampleSection
    {
        public string Title { get; set; } = "";
        public string Code { get; set; } = "";
        public List<string> Remarks { get; } = new List<string>();
    }

    public sealed class ParameterSection
    {
        public string Name { get; set; } = "";
        public List<string> Description { get; } = new List<string>();
        public string Type { get; set; } = "";
        /// <summary>"(All)" or the set names.</summary>
        public List<string> ParameterSets { get; } = new List<string>();
        public List<string> Aliases { get; } = new List<string>();
        public bool Required { get; set; }
        public string Position { get; set; } = "Named";
        public string DefaultValue { get; set; } = "None";
        public string PipelineInput { get; set; } = "False";
        public bool Wildcards { get; set; }
        public List<string> AcceptedValues { get; } = new List<string>();

        public bool AppliesTo(string setName) =>
            ParameterSets.Count == 0 || ParameterSets.Contains("(All)") || ParameterSets.Contains(setName);
    }

    public sealed class TypeSection
    {
        public string TypeName { get; set; } = "";
        public List<string> Description { get; } = new List<string>();
    }
}
