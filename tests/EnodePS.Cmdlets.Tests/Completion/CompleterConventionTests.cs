using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using EnodePS.Cmdlets.Tests.Support;
using EnodePS.Completers;
using EnodePS.Infrastructure;

namespace EnodePS.Cmdlets.Tests.Completion
{
    /// <summary>A parameter whose name or alias is in <see cref="ParameterCompleters.ByName"/> completes the same way in every cmdlet.</summary>
    public class CompleterConventionTests
    {
        public static IEnumerable<object[]> Cmdlets() =>
            CmdletMetadata.CmdletTypes(typeof(EnodeCmdlet).Assembly).Select(t => new object[] { t.Name });

        [Theory]
        [MemberData(nameof(Cmdlets))]
        public void Well_known_parameters_carry_their_completer(string typeName)
        {
            var info = CmdletMetadata.Read(typeof(EnodeCmdlet).Assembly.GetTypes().Single(t => t.Name == typeName));
            foreach (var parameter in info.Parameters)
            {
                var expected = new[] { parameter.Name }.Concat(parameter.Aliases)
                    .Select(n => ParameterCompleters.ByName.TryGetValue(n, out var t) ? t : null)
                    .FirstOrDefault(t => t != null);
                if (expected == null) continue;
                var attached = parameter.Property.GetCustomAttributesData()
                    .Where(a => a.AttributeType == typeof(ArgumentCompleterAttribute))
                    .Select(a => a.ConstructorArguments[0].Value as Type)
                    .ToList();
                Assert.True(attached.Contains(expected),
                    $"{info.Name} -{parameter.Name}: add [ArgumentCompleter(typeof({expected.Name}))] (see ParameterCompleters).");
            }
        }

        [Fact]
        public void Every_completer_can_be_created_by_PowerShell() =>
            Assert.All(typeof(EnodeArgumentCompleter).Assembly.GetTypes().Where(t => typeof(EnodeArgumentCompleter).IsAssignableFrom(t) && !t.IsAbstract),
                t => Assert.NotNull(t.GetConstructor(Type.EmptyTypes)));
    }
}
