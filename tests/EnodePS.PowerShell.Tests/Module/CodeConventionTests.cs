using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Reflection;
using System.Reflection.Emit;
using EnodePS.PowerShell.Tests.Support;

namespace EnodePS.PowerShell.Tests.Module
{
    /// <summary>Conventions of the cmdlet code itself, checked by reflection over the module's assembly and its IL.</summary>
    public class CodeConventionTests
    {
        private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

        [Fact]
        public void No_cmdlet_writes_verbose_except_through_EnodeCmdlet_Verbose()
        {
            var callers = CallersOf(ModuleCommands.Assembly, m => m.DeclaringType == typeof(Cmdlet) && m.Name == nameof(Cmdlet.WriteVerbose))
                .Where(m => !(m.DeclaringType!.FullName == "EnodePS.Infrastructure.EnodeCmdlet" && m.Name == "Verbose"))
                .Select(m => m.DeclaringType!.FullName + "." + m.Name)
                .ToList();

            // Under -Debug without -Verbose, PowerShell 7 asks before each verbose line of a compiled cmdlet; Verbose() writes to debug then.
            Assert.True(callers.Count == 0, "Call Verbose() instead of WriteVerbose in: " + string.Join(", ", callers));
        }

        /// <summary>
        /// The rule of docs/architecture.md: a base cmdlet that the cmdlets of one area derive from lives in that area's
        /// folder (and namespace); one that cmdlets of several areas derive from, directly or through another base, lives
        /// in Infrastructure.
        /// </summary>
        [Fact]
        public void Base_cmdlets_live_in_the_area_that_uses_them_or_in_Infrastructure_when_shared()
        {
            var types = ModuleCommands.Assembly.GetTypes();
            var cmdlets = types.Where(t => !t.IsAbstract && typeof(PSCmdlet).IsAssignableFrom(t)).ToList();
            var misplaced = new List<string>();
            foreach (var baseType in types.Where(t => t.IsAbstract && typeof(PSCmdlet).IsAssignableFrom(t)))
            {
                var areas = cmdlets.Where(c => DerivesFrom(c, baseType)).Select(c => c.Namespace).Distinct().ToList();
                var expected = areas.Count == 1 ? areas[0] : "EnodePS.Infrastructure";
                if (baseType.Namespace != expected)
                    misplaced.Add($"{baseType.Name} (used by {string.Join(", ", areas)}) belongs in {expected}, not {baseType.Namespace}");
            }
            Assert.True(misplaced.Count == 0, string.Join("\n", misplaced));
        }

        /// <summary>
        /// What a listing streams remembers its connection in the slot of the client's ApiResource (EmittedBy), not in a
        /// weak table that takes an entry per item: a new resource listed by a cmdlet derives from it.
        /// </summary>
        [Fact]
        public void Every_listed_resource_has_the_slot_for_its_connection()
        {
            var listed = ModuleCommands.Assembly.GetTypes()
                .Where(t => !t.IsAbstract && typeof(PSCmdlet).IsAssignableFrom(t))
                .Select(ListedType)
                .Where(t => t != null && !t.IsGenericParameter)
                .Distinct()
                .ToList();

            Assert.True(listed.Count >= 11, "found the listed types of only " + listed.Count + " cmdlets");
            var without = listed.Where(t => !BaseTypeNames(t!).Contains("EnodePS.Client.Models.ApiResource")).Select(t => t!.FullName).ToList();
            Assert.True(without.Count == 0, "Derive from ApiResource: " + string.Join(", ", without));
        }

        private static Type? ListedType(Type cmdlet)
        {
            for (var t = cmdlet.BaseType; t != null; t = t.BaseType)
                if (t.IsGenericType && t.GetGenericTypeDefinition().FullName == "EnodePS.Infrastructure.ListCmdlet`1") return t.GetGenericArguments()[0];
            return null;
        }

        private static IEnumerable<string?> BaseTypeNames(Type type)
        {
            for (var t = type.BaseType; t != null; t = t.BaseType) yield return t.FullName;
        }

        private static bool DerivesFrom(Type type, Type baseType)
        {
            for (var t = type.BaseType; t != null; t = t.BaseType)
                if (t == baseType || (t.IsGenericType && t.GetGenericTypeDefinition() == baseType)) return true;
            return false;
        }

        /// <summary>The methods and constructors of <paramref name="assembly"/> (lambdas and iterators included) whose IL calls or takes a delegate to a method that matches.</summary>
        private static IEnumerable<MethodBase> CallersOf(Assembly assembly, Func<MethodBase, bool> matches) =>
            assembly.GetTypes()
                .SelectMany(t => t.GetMethods(Declared).Cast<MethodBase>().Concat(t.GetConstructors(Declared)))
                .Where(m => MethodsUsedBy(m).Any(matches));

        private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (OpCode)f.GetValue(null)!).ToDictionary(o => o.Value);

        private static IEnumerable<MethodBase> MethodsUsedBy(MethodBase method)
        {
            var il = method.GetMethodBody()?.GetILAsByteArray();
            if (il == null) yield break;
            var typeArguments = method.DeclaringType!.IsGenericType ? method.DeclaringType.GetGenericArguments() : null;
            var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
            var position = 0;
            while (position < il.Length)
            {
                short value = il[position++];
                if (value == 0xFE) value = unchecked((short)(0xFE00 | il[position++]));
                var opCode = OpCodesByValue[value];
                if (opCode.OperandType == OperandType.InlineMethod)
                {
                    MethodBase? used = null;
                    try
                    {
                        used = method.Module.ResolveMethod(BitConverter.ToInt32(il, position), typeArguments, methodArguments);
                    }
                    catch (ArgumentException)
                    {
                    }
                    if (used != null) yield return used;
                }
                position += OperandSize(opCode.OperandType, il, position);
            }
        }

        private static int OperandSize(OperandType type, byte[] il, int position) => type switch
        {
            OperandType.InlineNone => 0,
            OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
            OperandType.InlineVar => 2,
            OperandType.InlineI8 or OperandType.InlineR => 8,
            OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, position),
            _ => 4,
        };
    }
}
