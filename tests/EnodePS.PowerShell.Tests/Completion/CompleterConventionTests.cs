using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using EnodePS.PowerShell.Tests.Support;

namespace EnodePS.PowerShell.Tests.Completion
{
    /// <summary>A parameter whose name or alias is in ParameterCompleters.ByName completes the same way in every cmdlet.</summary>
    public class CompleterConventionTests
    {
        public static IEnumerable<object[]> Cmdlets() => ModuleCommands.Names();

        private static IReadOnlyDictionary<string, Type> ByName() =>
            (IReadOnlyDictionary<string, Type>)ModuleCommands.Assembly.GetType("EnodePS.Completers.ParameterCompleters", throwOnError: true)!
                .GetField("ByName")!.GetValue(null)!;

        [Theory]
        [MemberData(nameof(Cmdlets))]
        public void Well_known_parameters_carry_their_completer(string name)
        {
            var byName = ByName();
            foreach (var parameter in ModuleCommands.OwnParameters(ModuleCommands.Named(name)))
            {
                var expected = new[] { parameter.Name }.Concat(parameter.Aliases)
                    .Select(n => byName.TryGetValue(n, out var t) ? t : null)
                    .FirstOrDefault(t => t != null);
                if (expected == null) continue;
                var attached = parameter.Attributes.OfType<ArgumentCompleterAttribute>().Select(a => a.Type).ToList();
                Assert.True(attached.Contains(expected),
                    $"{name} -{parameter.Name}: add [ArgumentCompleter(typeof({expected.Name}))] (see ParameterCompleters).");
            }
        }

        [Fact]
        public void Every_completer_can_be_created_by_PowerShell()
        {
            var baseType = ModuleCommands.Assembly.GetType("EnodePS.Completers.EnodeArgumentCompleter", throwOnError: true)!;
            var completers = ModuleCommands.Assembly.GetTypes().Where(t => baseType.IsAssignableFrom(t) && !t.IsAbstract).ToList();
            Assert.NotEmpty(completers);
            Assert.All(completers, t => Assert.NotNull(t.GetConstructor(Type.EmptyTypes)));
        }
    }
}
