using System;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Reflection;
using EnodePS.Client.Json;
using EnodePS.Client.Provisioning;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Provisioning
{
    /// <summary>
    /// Reads a .json or .psd1 data file into the plain values the client reads (JsonRecords, lists, strings, numbers,
    /// booleans). PSD1 files are read by PowerShell's own parser with the rules of Import-PowerShellDataFile: the file
    /// holds one value, made of constants only, evaluated with SafeGetValue; nothing in it is ever run. Problems are
    /// <see cref="ProvisioningFileException"/>s naming the file, and the line and column when there is one.
    /// </summary>
    internal static class DataFile
    {
        /// <summary>
        /// SafeGetValue(skipHashtableSizeCheck) of PowerShell 7, which Import-PowerShellDataFile -SkipLimitCheck uses:
        /// the parameterless overload refuses a hashtable of more than 500 keys or a file of more than a few thousand
        /// values, which a provisioning file of many locations reaches. Windows PowerShell 5.1 has only that one.
        /// </summary>
        private static readonly MethodInfo? SafeGetValueWithoutLimits =
            typeof(Ast).GetMethod(nameof(Ast.SafeGetValue), BindingFlags.Public | BindingFlags.Instance, null, new[] { typeof(bool) }, null);

        /// <summary>Reads the file at <paramref name="path"/>, relative to PowerShell's current location.</summary>
        public static object? Read(PSCmdlet cmdlet, string path)
        {
            var fullPath = ProviderPaths.Resolve(cmdlet, path);
            var extension = Path.GetExtension(fullPath).ToLowerInvariant();
            if (extension != ".psd1" && extension != ".json")
                throw new ProvisioningFileException($"'{path}' is neither a .psd1 nor a .json file.");
            string text;
            try
            {
                text = File.ReadAllText(fullPath);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is ArgumentException || ex is NotSupportedException)
            {
                throw new ProvisioningFileException($"Cannot read '{path}': {ex.Message}", ex);
            }
            var name = Path.GetFileName(fullPath);
            return extension == ".json" ? ParseJson(text, name) : ParsePsd1(text, name);
        }

        private static object? ParseJson(string text, string name)
        {
            try
            {
                return JsonTree.ParseText(text);
            }
            catch (FormatException ex)
            {
                throw new ProvisioningFileException($"{name}: not valid JSON: {ex.Message}", ex);
            }
        }

        private static object? ParsePsd1(string text, string name)
        {
            var script = Parser.ParseInput(text, out _, out var errors);
            if (errors.Length > 0)
                throw Refused(name, errors[0].Extent, errors[0].Message.TrimEnd('.'));

            var expression = TheValue(script, name);
            // SafeGetValue accepts a script block (as a ScriptBlock, not run): a data file has no use for one.
            var hasScriptBlock = expression.Find(node => node is ScriptBlockExpressionAst, searchNestedScriptBlocks: true) != null;
            object? value = null;
            Exception? refused = null;
            try
            {
                if (!hasScriptBlock) value = Evaluate(expression);
            }
            catch (Exception ex) when (!(ex is OutOfMemoryException))
            {
                refused = ex;
            }
            if (hasScriptBlock || refused != null)
            {
                var offending = FirstNonConstant(expression);
                if (offending == null || IsContainer(offending))
                    throw Refused(name, (offending ?? expression).Extent, "this data is more than Windows PowerShell reads from a data file " +
                        "(at most 500 keys in a hashtable and a few thousand values); use PowerShell 7 or a .json file");
                throw NotAConstant(name, offending);
            }
            try
            {
                return PowerShellValues.ToPlain(value);
            }
            catch (ArgumentException ex)
            {
                throw new ProvisioningFileException($"{name}: {ex.Message}", ex);
            }
        }

        /// <summary>The file's only statement, which must be a value: a second statement, a command or a block is refused.</summary>
        private static ExpressionAst TheValue(ScriptBlockAst script, string name)
        {
            var block = script.ParamBlock ?? script.DynamicParamBlock ?? script.BeginBlock ?? (Ast?)script.ProcessBlock;
            if (block != null) throw Refused(name, block.Extent, "a data file holds one value, not script blocks");
            if (script.UsingStatements.Count > 0) throw Refused(name, script.UsingStatements[0].Extent, "a data file holds one value, not 'using' statements");
            var statements = script.EndBlock?.Statements;
            if (statements == null || statements.Count == 0)
                throw new ProvisioningFileException($"{name}: the file holds no data (it should hold a hashtable @{{ }}).");
            if (statements.Count > 1)
                throw Refused(name, statements[1].Extent, "a data file holds one value; this is a second statement");
            if (statements[0] is PipelineAst pipeline && pipeline.PipelineElements.Count == 1
                && pipeline.PipelineElements[0] is CommandExpressionAst command && command.Redirections.Count == 0)
                return command.Expression;
            throw NotAConstant(name, FirstNonConstant(statements[0]) ?? statements[0]);
        }

        private static object? Evaluate(ExpressionAst expression)
        {
            if (SafeGetValueWithoutLimits == null) return expression.SafeGetValue();
            try
            {
                return SafeGetValueWithoutLimits.Invoke(expression, new object[] { true });
            }
            catch (TargetInvocationException ex) when (ex.InnerException != null)
            {
                throw ex.InnerException;
            }
        }

        private static bool IsConstant(Ast node)
        {
            switch (node)
            {
                case CommandAst _:
                case ScriptBlockExpressionAst _:
                    return false;
                case TypeExpressionAst _:
                    return true; // a type's name: what is done with it ([IO.File]::Delete(...)) is named instead
                case ExpressionAst expression:
                    try
                    {
                        Evaluate(expression);
                        return true;
                    }
                    catch (Exception ex) when (!(ex is OutOfMemoryException))
                    {
                        return false;
                    }
                default:
                    return true;
            }
        }

        /// <summary>
        /// The first part of <paramref name="root"/>, in the order of the text, that is not a constant and holds no such
        /// part itself (a variable, a method call, an operator...), or a command or script block as a whole; null when
        /// every part is a constant.
        /// </summary>
        private static Ast? FirstNonConstant(Ast root) =>
            root.FindAll(node => !IsConstant(node), searchNestedScriptBlocks: true)
                .FirstOrDefault(node => node is CommandAst || node is ScriptBlockExpressionAst
                    || !node.FindAll(inner => inner != node && !IsConstant(inner), searchNestedScriptBlocks: true).Any());

        private static bool IsContainer(Ast node) => node is HashtableAst || node is ArrayLiteralAst || node is ArrayExpressionAst;

        private static ProvisioningFileException NotAConstant(string name, Ast node)
        {
            var what = node is CommandAst ? "a command" : node is ScriptBlockExpressionAst ? "a script block" : node is VariableExpressionAst ? "a variable"
                : node is InvokeMemberExpressionAst ? "a method call" : "not a constant";
            var text = node.Extent.Text.Split('\n')[0].TrimEnd('\r');
            if (text.Length > 60) text = text.Substring(0, 57) + "...";
            return Refused(name, node.Extent, $"'{text}' is {what}: a data file holds only constants (hashtables, arrays, strings, numbers, " +
                "$true, $false and $null), and nothing in it is run");
        }

        private static ProvisioningFileException Refused(string name, IScriptExtent at, string message) =>
            new ProvisioningFileException($"{name}, line {at.StartLineNumber}, column {at.StartColumnNumber}: {message}.");
    }
}
