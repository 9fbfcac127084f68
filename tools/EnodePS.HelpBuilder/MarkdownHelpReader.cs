using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace EnodePS.HelpBuilder
{
    /// <summary>
    /// Reads a PlatyPS (schema 2.0.0) cmdlet page: "# Name", then "## SYNOPSIS", "## SYNTAX", "## DESCRIPTION",
    /// "## EXAMPLES", "## PARAMETERS" (each "### -Name" with a yaml block), "## INPUTS", "## OUTPUTS", "## NOTES",
    /// "## RELATED LINKS". Paragraphs are separated by blank lines; lines inside one are joined with a space.
    /// </summary>
    public static class MarkdownHelpReader
    {
        public static CmdletPage ReadFile(string path) => Read(File.ReadAllText(path), Path.GetFileName(path));

        public static CmdletPage Read(string markdown, string source)
        {
            var lines = markdown.Replace("\r\n", "\n").Split('\n').ToList();
            var i = SkipFrontMatter(lines);
            var page = new CmdletPage();

            string? section = null;
            var body = new List<string>();
            void Flush()
            {
                if (section != null) ApplySection(page, section, body, source);
                body.Clear();
            }

            var inFence = false;
            for (; i < lines.Count; i++)
            {
                var line = lines[i];
                if (line.StartsWith("```", StringComparison.Ordinal)) inFence = !inFence;
                if (!inFence && line.StartsWith("# ", StringComparison.Ordinal)) { page.Name = line.Substring(2).Trim(); continue; }
                if (!inFence && line.StartsWith("## ", StringComparison.Ordinal))
                {
                    Flush();
                    section = line.Substring(3).Trim().ToUpperInvariant();
                    continue;
                }
                body.Add(line);
            }
            Flush();

            if (string.IsNullOrEmpty(page.Name)) throw new FormatException($"{source}: no '# Verb-Noun' title.");
            return page;
        }

        private static int SkipFrontMatter(List<string> lines)
        {
            if (lines.Count == 0 || lines[0].Trim() != "---") return 0;
            for (var i = 1; i < lines.Count; i++) if (lines[i].Trim() == "---") return i + 1;
            return 0;
        }

        private static void ApplySection(CmdletPage page, string section, List<string> body, string source)
        {
            switch (section)
            {
                case "SYNOPSIS": page.Synopsis = string.Join(" ", Paragraphs(body)); break;
                case "DESCRIPTION": page.Description.AddRange(Paragraphs(body)); break;
                case "NOTES": page.Notes.AddRange(Paragraphs(body)); break;
                case "SYNTAX":
                    foreach (var (title, content) in Subsections(body))
                    {
                        var isDefault = title.EndsWith("(Default)", StringComparison.Ordinal);
                        page.Syntax.Add(new SyntaxBlock
                        {
                            SetName = isDefault ? title.Substring(0, title.Length - "(Default)".Length).Trim() : title,
                            IsDefault = isDefault,
                            Line = Fences(content).FirstOrDefault()?.Code.Trim() ?? "",
                        });
                    }
                    break;
                case "EXAMPLES":
                    foreach (var (title, content) in Subsections(body))
                    {
                        var fences = Fences(content).Where(f => !IsOutput(f.Language)).ToList();
                        if (fences.Count == 0) throw new FormatException($"{source}: example '{title}' has no code block.");
                        var example = new ExampleSection { Title = title, Code = string.Join("\n\n", fences.Select(f => f.Code.TrimEnd())) };
                        example.Remarks.AddRange(ExampleRemarks(content));
                        page.Examples.Add(example);
                    }
                    break;
                case "PARAMETERS":
                    foreach (var (title, content) in Subsections(body))
                    {
                        if (!title.StartsWith("-", StringComparison.Ordinal)) continue; // CommonParameters
                        page.Parameters.Add(ReadParameter(title.Substring(1).Trim(), content, source));
                    }
                    break;
                case "INPUTS": page.Inputs.AddRange(TypeSections(body)); break;
                case "OUTPUTS": page.Outputs.AddRange(TypeSections(body)); break;
                case "RELATED LINKS":
                    foreach (Match link in Regex.Matches(string.Join("\n", body), @"\[(?<text>[^\]]+)\]\((?<uri>[^)]*)\)"))
                    {
                        var uri = link.Groups["uri"].Value;
                        page.RelatedLinks.Add((link.Groups["text"].Value, uri.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? "" : uri));
                    }
                    break;
            }
        }

        private static ParameterSection ReadParameter(string name, List<string> content, string source)
        {
            var parameter = new ParameterSection { Name = name };
            parameter.Description.AddRange(Paragraphs(WithoutFences(content)));
            var yaml = Fences(content).FirstOrDefault(f => f.Language == "yaml")
                ?? throw new FormatException($"{source}: parameter -{name} has no yaml block.");
            foreach (var raw in yaml.Code.Split('\n'))
            {
                var colon = raw.IndexOf(':');
                if (colon < 0) continue;
                var key = raw.Substring(0, colon).Trim();
                var value = raw.Substring(colon + 1).Trim();
                switch (key)
                {
                    case "Type": parameter.Type = value; break;
                    case "Parameter Sets": parameter.ParameterSets.AddRange(List(value)); break;
                    case "Aliases": parameter.Aliases.AddRange(List(value)); break;
                    case "Accepted values": parameter.AcceptedValues.AddRange(List(value)); break;
                    case "Required": parameter.Required = value.StartsWith("True", StringComparison.OrdinalIgnoreCase); break;
                    case "Position": parameter.Position = value.Length == 0 ? "Named" : value; break;
                    case "Default value": parameter.DefaultValue = value.Length == 0 ? "None" : value; break;
                    case "Accept pipeline input": parameter.PipelineInput = value.Length == 0 ? "False" : value; break;
                    case "Accept wildcard characters": parameter.Wildcards = value.StartsWith("True", StringComparison.OrdinalIgnoreCase); break;
                }
            }
            if (parameter.Type.Length == 0) throw new FormatException($"{source}: parameter -{name} has no Type.");
            return parameter;
        }

        private static IEnumerable<string> List(string value) =>
            value.Split(',').Select(v => v.Trim()).Where(v => v.Length > 0);

        private static IEnumerable<TypeSection> TypeSections(List<string> body)
        {
            foreach (var (title, content) in Subsections(body))
            {
                var section = new TypeSection { TypeName = title };
                section.Description.AddRange(Paragraphs(content));
                yield return section;
            }
        }

        private static List<(string Title, List<string> Content)> Subsections(List<string> body)
        {
            var result = new List<(string, List<string>)>();
            var inFence = false;
            foreach (var line in body)
            {
                if (line.StartsWith("```", StringComparison.Ordinal)) inFence = !inFence;
                if (!inFence && line.StartsWith("### ", StringComparison.Ordinal)) { result.Add((line.Substring(4).Trim(), new List<string>())); continue; }
                if (result.Count > 0) result[result.Count - 1].Item2.Add(line);
            }
            return result;
        }

        private sealed class Fence
        {
            public string Language = "";
            public string Code = "";
        }

        private static List<Fence> Fences(List<string> content)
        {
            var fences = new List<Fence>();
            Fence? open = null;
            var code = new StringBuilder();
            foreach (var line in content)
            {
                if (line.StartsWith("```", StringComparison.Ordinal))
                {
                    if (open == null) { open = new Fence { Language = line.Substring(3).Trim() }; code.Clear(); }
                    else { open.Code = code.ToString().TrimEnd('\n'); fences.Add(open); open = null; }
                    continue;
                }
                if (open != null) code.Append(line).Append('\n');
            }
            return fences;
        }

        /// <summary>An example's ```output block shows what the code writes: a remark, not code to run.</summary>
        private static bool IsOutput(string language) => string.Equals(language, "output", StringComparison.OrdinalIgnoreCase);

        /// <summary>The prose paragraphs around an example's code, in order, with each output block kept verbatim as one remark.</summary>
        private static List<string> ExampleRemarks(List<string> content)
        {
            var remarks = new List<string>();
            var prose = new List<string>();
            var output = (List<string>?)null;
            var inCode = false;
            foreach (var line in content)
            {
                if (line.StartsWith("```", StringComparison.Ordinal))
                {
                    if (output != null) { remarks.Add(string.Join("\n", output).TrimEnd()); output = null; }
                    else if (inCode) inCode = false;
                    else if (IsOutput(line.Substring(3).Trim())) { remarks.AddRange(Paragraphs(prose)); prose.Clear(); output = new List<string>(); }
                    else inCode = true;
                    continue;
                }
                if (output != null) output.Add(line);
                else if (!inCode) prose.Add(line);
            }
            remarks.AddRange(Paragraphs(prose));
            return remarks;
        }

        private static List<string> WithoutFences(List<string> content)
        {
            var result = new List<string>();
            var inFence = false;
            foreach (var line in content)
            {
                if (line.StartsWith("```", StringComparison.Ordinal)) { inFence = !inFence; result.Add(""); continue; }
                if (!inFence) result.Add(line);
            }
            return result;
        }

        /// <summary>Blank-line separated paragraphs, each joined into one line; list items keep their own paragraph.</summary>
        private static List<string> Paragraphs(IEnumerable<string> lines)
        {
            var paragraphs = new List<string>();
            var current = new List<string>();
            void Close()
            {
                if (current.Count > 0) paragraphs.Add(string.Join(" ", current));
                current.Clear();
            }
            foreach (var raw in lines)
            {
                var line = raw.Trim();
                if (line.Length == 0) { Close(); continue; }
                if (line.StartsWith("- ", StringComparison.Ordinal) || line.StartsWith("* ", StringComparison.Ordinal)) Close();
                current.Add(line);
            }
            Close();
            return paragraphs;
        }
    }
}
