using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;

namespace EnodePS.HelpBuilder
{
    /// <summary>
    /// Writes cmdlet pages as MAML, the XML that Get-Help reads for binary cmdlets (the shape PlatyPS's
    /// New-ExternalHelp produces). Output is deterministic: commands sorted by name, "\n" line ends, UTF-8 without BOM.
    /// </summary>
    public static class MamlWriter
    {
        private const string Msh = "http://msh";
        private const string Maml = "http://schemas.microsoft.com/maml/2004/10";
        private const string Command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
        private const string Dev = "http://schemas.microsoft.com/maml/dev/2004/10";
        private const string MsHelp = "http://msdn.microsoft.com/mshelp";

        public static string Write(IEnumerable<CmdletPage> pages)
        {
            var settings = new XmlWriterSettings
            {
                Indent = true,
                IndentChars = "  ",
                NewLineChars = "\n",
                Encoding = new UTF8Encoding(false),
                OmitXmlDeclaration = false,
            };
            using (var stream = new MemoryStream())
            {
                using (var xml = XmlWriter.Create(stream, settings))
                {
                    xml.WriteStartDocument();
                    xml.WriteStartElement("helpItems", Msh);
                    xml.WriteAttributeString("schema", "maml");
                    foreach (var page in pages.OrderBy(p => p.Name, StringComparer.Ordinal)) WriteCommand(xml, page);
                    xml.WriteEndElement();
                    xml.WriteEndDocument();
                }
                return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
            }
        }

        private static void WriteCommand(XmlWriter xml, CmdletPage page)
        {
            xml.WriteStartElement("command", "command", Command);
            xml.WriteAttributeString("xmlns", "maml", null, Maml);
            xml.WriteAttributeString("xmlns", "command", null, Command);
            xml.WriteAttributeString("xmlns", "dev", null, Dev);
            xml.WriteAttributeString("xmlns", "MSHelp", null, MsHelp);

            xml.WriteStartElement("command", "details", Command);
            xml.WriteElementString("command", "name", Command, page.Name);
            xml.WriteElementString("command", "verb", Command, page.Verb);
            xml.WriteElementString("command", "noun", Command, page.Noun);
            Description(xml, new[] { page.Synopsis });
            xml.WriteEndElement();

            Description(xml, page.Description);

            xml.WriteStartElement("command", "syntax", Command);
            foreach (var set in SyntaxSets(page))
            {
                xml.WriteStartElement("command", "syntaxItem", Command);
                xml.WriteElementString("maml", "name", Maml, page.Name);
                foreach (var parameter in page.Parameters.Where(p => p.AppliesTo(set))) Parameter(xml, parameter);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();

            xml.WriteStartElement("command", "parameters", Command);
            foreach (var parameter in page.Parameters) Parameter(xml, parameter);
            xml.WriteEndElement();

            TypeList(xml, "inputTypes", "inputType", page.Inputs);
            TypeList(xml, "returnValues", "returnValue", page.Outputs);

            xml.WriteStartElement("maml", "alertSet", Maml);
            xml.WriteStartElement("maml", "alert", Maml);
            foreach (var note in page.Notes) xml.WriteElementString("maml", "para", Maml, note);
            xml.WriteEndElement();
            xml.WriteEndElement();

            xml.WriteStartElement("command", "examples", Command);
            foreach (var example in page.Examples)
            {
                xml.WriteStartElement("command", "example", Command);
                xml.WriteElementString("maml", "title", Maml, $"-------------------------- {example.Title} --------------------------");
                xml.WriteElementString("dev", "code", Dev, example.Code);
                xml.WriteStartElement("dev", "remarks", Dev);
                foreach (var remark in example.Remarks) xml.WriteElementString("maml", "para", Maml, remark);
                xml.WriteEndElement();
                xml.WriteEndElement();
            }
            xml.WriteEndElement();

            xml.WriteStartElement("command", "relatedLinks", Command);
            foreach (var (text, uri) in page.RelatedLinks)
            {
                xml.WriteStartElement("maml", "navigationLink", Maml);
                xml.WriteElementString("maml", "linkText", Maml, text);
                xml.WriteElementString("maml", "uri", Maml, uri);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();

            xml.WriteEndElement();
        }

        /// <summary>The parameter sets named in SYNTAX, default first; a page without sets has one unnamed set.</summary>
        private static IEnumerable<string> SyntaxSets(CmdletPage page)
        {
            if (page.Syntax.Count == 0) return new[] { "(All)" };
            return page.Syntax.OrderByDescending(s => s.IsDefault).Select(s => s.SetName);
        }

        private static void Parameter(XmlWriter xml, ParameterSection parameter)
        {
            var isSwitch = parameter.Type == "SwitchParameter";
            xml.WriteStartElement("command", "parameter", Command);
            xml.WriteAttributeString("required", parameter.Required ? "true" : "false");
            xml.WriteAttributeString("variableLength", "true");
            xml.WriteAttributeString("globbing", parameter.Wildcards ? "true" : "false");
            xml.WriteAttributeString("pipelineInput", parameter.PipelineInput);
            xml.WriteAttributeString("position", parameter.Position.Equals("Named", StringComparison.OrdinalIgnoreCase) ? "named" : parameter.Position);
            xml.WriteAttributeString("aliases", parameter.Aliases.Count == 0 ? "none" : string.Join(", ", parameter.Aliases));
            xml.WriteElementString("maml", "name", Maml, parameter.Name);
            Description(xml, parameter.Description);
            if (parameter.AcceptedValues.Count > 0)
            {
                xml.WriteStartElement("command", "parameterValueGroup", Command);
                foreach (var value in parameter.AcceptedValues)
                {
                    xml.WriteStartElement("command", "parameterValue", Command);
                    xml.WriteAttributeString("required", "false");
                    xml.WriteAttributeString("command", "variableLength", Command, "false");
                    xml.WriteString(value);
                    xml.WriteEndElement();
                }
                xml.WriteEndElement();
            }
            if (!isSwitch)
            {
                xml.WriteStartElement("command", "parameterValue", Command);
                xml.WriteAttributeString("required", "true");
                xml.WriteAttributeString("variableLength", "false");
                xml.WriteString(parameter.Type);
                xml.WriteEndElement();
            }
            xml.WriteStartElement("dev", "type", Dev);
            xml.WriteElementString("maml", "name", Maml, parameter.Type);
            xml.WriteElementString("maml", "uri", Maml, "");
            xml.WriteEndElement();
            xml.WriteElementString("dev", "defaultValue", Dev, isSwitch && parameter.DefaultValue == "None" ? "False" : parameter.DefaultValue);
            xml.WriteEndElement();
        }

        private static void TypeList(XmlWriter xml, string listName, string itemName, List<TypeSection> types)
        {
            xml.WriteStartElement("command", listName, Command);
            foreach (var type in types)
            {
                xml.WriteStartElement("command", itemName, Command);
                xml.WriteStartElement("dev", "type", Dev);
                xml.WriteElementString("maml", "name", Maml, type.TypeName);
                xml.WriteEndElement();
                Description(xml, type.Description);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }

        private static void Description(XmlWriter xml, IEnumerable<string> paragraphs)
        {
            xml.WriteStartElement("maml", "description", Maml);
            foreach (var paragraph in paragraphs) xml.WriteElementString("maml", "para", Maml, paragraph);
            xml.WriteEndElement();
        }
    }
}
