using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Text;
using EnodePS.Emulator;
using EnodePS.Emulator.Faults;
using EnodePS.PowerShell.Tests.Support;
using EnodePS.Reliability.Tests.Hostile;
using EnodePS.Reliability.Tests.Support;
using Xunit.Abstractions;

namespace EnodePS.Reliability.Tests.Security
{
    /// <summary>
    /// Runs every cmdlet of the module in a real runspace with -Debug -Verbose, and looks for secrets in everything a
    /// user could see: streams, error records (messages, inner exceptions, ToString), output objects and their
    /// properties. Cmdlets are driven generically (every parameter set, mandatory parameters filled by
    /// <see cref="ParameterFiller"/>), so new cmdlets are covered when they merge; explicit runs add the paths that need
    /// a particular setup.
    /// </summary>
    public class SecretLeakTests
    {
        private static readonly TimeSpan RunLimit = TimeSpan.FromSeconds(20);

        /// <summary>Cmdlets run only explicitly: driven generically, Connect-Enode would reach for the real Sandbox.</summary>
        private static readonly HashSet<string> ExplicitOnly = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Connect-Enode" };

        private readonly ITestOutputHelper _output;

        public SecretLeakTests(ITestOutputHelper output) { _output = output; }

        [Fact]
        public void No_secret_shows_in_any_stream_error_or_object_of_any_cmdlet_with_verbose_and_debug_on()
        {
            var leaks = new List<string>();
            var executed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var secretKinds = new HashSet<string>();
            var debugLines = 0;
            var maskedHeaders = 0;
            var watch = System.Diagnostics.Stopwatch.StartNew();

            foreach (var run in GenericRuns().Concat(ExplicitRuns()))
            {
                using var context = new SecuritySession();
                var invocation = run.Prepare(context);
                if (invocation.Skipped != null)
                {
                    _output.WriteLine($"{run.Name}: skipped ({invocation.Skipped})");
                    continue;
                }

                var script = invocation.Script!.Contains(" -Debug -Verbose", StringComparison.Ordinal) ? invocation.Script : invocation.Script + " -Debug -Verbose";
                var (result, stopped) = Execute(context.Session, script, invocation.Variables);
                executed.Add(run.Cmdlet);
                var secrets = context.Secrets().Concat(invocation.MoreSecrets?.Invoke(result) ?? Array.Empty<(string, string)>()).Distinct().ToList();
                secretKinds.UnionWith(secrets.Select(s => s.Kind));
                debugLines += result.Debug.Count;
                maskedHeaders += result.Debug.Count(d => d.Contains("Authorization: " + EnodePS.Client.Logging.Redactor.Mask, StringComparison.Ordinal));
                _output.WriteLine($"{run.Name}: {result.Output.Count} output, {result.Verbose.Count} verbose, {result.Debug.Count} debug, errors: " +
                                  string.Join(", ", result.AllErrors.Select(e => e.FullyQualifiedErrorId.Split(',')[0])) +
                                  (stopped ? " (stopped after " + RunLimit.TotalSeconds + " s)" : ""));

                foreach (var (where, text) in VisibleText.Of(result, includeOutput: !invocation.OutputIsTheAskedForSecret))
                    foreach (var (kind, value) in secrets)
                        if (text.IndexOf(value, StringComparison.Ordinal) >= 0)
                            leaks.Add($"{run.Name}: the {kind} shows in {where}");
                invocation.Cleanup?.Invoke();
            }
            _output.WriteLine($"{executed.Count} cmdlets in {watch.Elapsed.TotalSeconds:0.0} s");

            foreach (var leak in leaks.Distinct().Take(50)) _output.WriteLine("LEAK " + leak);
            Assert.Empty(leaks);

            // The check had something to find: debug output was on, authenticated requests were logged with their
            // header masked, and the secrets looked for include the token and the Basic credentials.
            Assert.True(debugLines > 60, $"only {debugLines} debug lines were captured");
            Assert.True(maskedHeaders > 10, $"only {maskedHeaders} debug lines show a masked Authorization header");
            Assert.Contains("Bearer credential", secretKinds);
            Assert.Contains("Basic credential", secretKinds);
            Assert.Contains("client secret", secretKinds);

            var notRun = CommandCatalog.All.Select(c => c.Name).Where(n => !executed.Contains(n)).ToList();
            Assert.True(notRun.Count == 0, "cmdlets never run (add an explicit run, or teach ParameterFiller their parameters): " + string.Join(", ", notRun));
        }

        [Fact]
        public void Connections_and_running_emulators_show_no_secret_in_their_text_or_properties()
        {
            using var context = new SecuritySession();
            var connection = context.Session.Invoke("Get-EnodeConnection").Single();
            context.Client.GetAccessTokenAsync().GetAwaiter().GetResult();
            var running = context.Session.Run("Start-EnodeEmulator -VehicleCount 2 -UserCount 1").AssertSucceeded().Output.Single();
            var option = context.Session.Run("Get-EnodeRequestOption").AssertSucceeded().Output.Single();
            var texts = VisibleText.OfObject(new PSObject(connection), "connection", 0)
                .Concat(VisibleText.OfObject(running, "running emulator", 0))
                .Concat(VisibleText.OfObject(option, "request option", 0))
                .Concat(context.Session.Run("Get-EnodeConnection | Format-List * | Out-String -Width 120; $running | Format-List * | Out-String -Width 120",
                    new { running }).AssertSucceeded().Output.Select(o => ("formatted", o.ToString())))
                .ToList();

            Assert.Contains(texts, t => t.Item2 == connection.ToString());
            Assert.Contains(texts, t => t.Item2 == running.BaseObject.ToString());
            var secrets = context.Secrets().Concat(SecretHarvest.From((EnodeEmulator)running.Properties["Emulator"].Value)).ToList();
            foreach (var (kind, value) in secrets)
                Assert.DoesNotContain(texts, t => t.Item2.Contains(value, StringComparison.Ordinal));
        }

        private static IEnumerable<SecurityRun> GenericRuns()
        {
            foreach (var command in CommandCatalog.All)
            {
                if (ExplicitOnly.Contains(command.Name)) continue;
                foreach (var set in ParameterFiller.Sets(command))
                    yield return new SecurityRun($"{command.Name} [{set}]", command.Name, context =>
                    {
                        var filled = ParameterFiller.Fill(command, set, context);
                        if (filled.Skipped != null) return Invocation.Skip(filled.Skipped);
                        var invocation = Invocation.Of(filled.Line + (command.SupportsShouldProcess ? " -Confirm:$false" : ""), filled.Variables);
                        // An emulator the command line started has secrets of its own.
                        invocation.MoreSecrets = _ => context.Session.Runspace.SessionStateProxy.GetVariable("fillEmulator") is PSObject e
                            ? SecretHarvest.From((EnodeEmulator)e.Properties["Emulator"].Value) : Array.Empty<(string, string)>();
                        return invocation;
                    });
            }
        }

        private static Dictionary<string, object?> Credentials(SecuritySession c, string? secret = null) => new Dictionary<string, object?>
        {
            ["clientId"] = c.Emulator.ClientId,
            ["clientSecret"] = secret ?? c.Emulator.RevealClientSecret(),
            ["apiUrl"] = c.ApiUrl,
            ["tokenUrl"] = c.TokenUrl,
        };

        private const string SecureClientSecret = "(ConvertTo-SecureString $clientSecret -AsPlainText -Force)";

        /// <summary>Secrets of the emulator behind the connection a run wrote (an emulator it started or made in-process).</summary>
        private static IEnumerable<(string Kind, string Value)> OfWrittenConnection(ScriptResult result) =>
            result.Output.Select(o => o.Properties["Emulator"]?.Value).OfType<EnodeEmulator>().SelectMany(SecretHarvest.From);

        private static IEnumerable<SecurityRun> ExplicitRuns()
        {
            yield return new SecurityRun("Connect-Enode -ClientId -ClientSecret", "Connect-Enode", c => Invocation.Of(
                $"Connect-Enode -ClientId $clientId -ClientSecret {SecureClientSecret} -ApiUrl $apiUrl -TokenUrl $tokenUrl -Name evidence -PassThru", Credentials(c)));
            yield return new SecurityRun("Connect-Enode with a wrong client secret", "Connect-Enode", c => Invocation.Of(
                $"Connect-Enode -ClientId $clientId -ClientSecret {SecureClientSecret} -ApiUrl $apiUrl -TokenUrl $tokenUrl", Credentials(c, c.Plant("wrong client secret"))));
            yield return new SecurityRun("Connect-Enode -Credential", "Connect-Enode", c => Invocation.Of(
                $"Connect-Enode -Credential ([pscredential]::new($clientId, {SecureClientSecret})) -ApiUrl $apiUrl -TokenUrl $tokenUrl -PassThru", Credentials(c)));
            yield return new SecurityRun("Connect-Enode -Emulator", "Connect-Enode", c => Invocation.Of(
                "$started = Start-EnodeEmulator -VehicleCount 2 -UserCount 1; Connect-Enode -Emulator $started -PassThru").With(i => i.MoreSecrets = OfWrittenConnection));
            yield return new SecurityRun("Connect-Enode from ENODE_CLIENT_ID and ENODE_CLIENT_SECRET", "Connect-Enode", c => Invocation.Of(
                "$env:ENODE_CLIENT_ID = $clientId; $env:ENODE_CLIENT_SECRET = $clientSecret\n" +
                "try { Connect-Enode -ApiUrl $apiUrl -TokenUrl $tokenUrl -PassThru -Debug -Verbose } finally { Remove-Item Env:ENODE_CLIENT_ID, Env:ENODE_CLIENT_SECRET }",
                Credentials(c)));
            yield return new SecurityRun("Connect-Enode -Environment Emulator (in-process)", "Connect-Enode", c => Invocation.Of(
                "Connect-Enode -Environment Emulator -Name in-process -PassThru").With(i => i.MoreSecrets = OfWrittenConnection));
            yield return new SecurityRun("ConvertTo-EnodeFlatObject over a connection (its client holds the secrets)", "ConvertTo-EnodeFlatObject", c =>
                Invocation.Of("Get-EnodeConnection | ConvertTo-EnodeFlatObject"));
            yield return new SecurityRun("ConvertTo-EnodeFlatObject over a vehicle", "ConvertTo-EnodeFlatObject", c =>
                Invocation.Of("Get-EnodeVehicle -First 2 | ConvertTo-EnodeFlatObject"));
            yield return new SecurityRun("Get-EnodeAccessToken -AsPlainText (its output is the token, on purpose)", "Get-EnodeAccessToken", c =>
                Invocation.Of("Get-EnodeAccessToken -AsPlainText").With(i => i.OutputIsTheAskedForSecret = true));
            yield return new SecurityRun("Get-EnodeVehicle after the token was revoked (401, new token)", "Get-EnodeVehicle", c =>
            {
                c.Emulator.Tokens.ExpireAll();
                return Invocation.Of("Get-EnodeVehicle -PageSize 3");
            });
            yield return new SecurityRun("Get-EnodeVehicle through 503s and a dropped connection (retries logged)", "Get-EnodeVehicle", c =>
            {
                c.Client.UpdateRetryOptions(TestClients.FastRetry());
                c.Emulator.Faults.FailNext(FaultKind.ServiceUnavailable, 2, retryAfterSeconds: 0, operation: "GET /vehicles");
                c.Emulator.Faults.FailNext(FaultKind.DropConnection, 1, operation: "GET /vehicles");
                return Invocation.Of("Get-EnodeVehicle -PageSize 3");
            });
            yield return new SecurityRun("Get-EnodeVehicle until the retries give up (503 error record)", "Get-EnodeVehicle", c =>
            {
                c.Client.UpdateRetryOptions(TestClients.FastRetry(maxRetries: 2));
                c.Emulator.Faults.FailNext(FaultKind.ServiceUnavailable, 5, retryAfterSeconds: 0, operation: "GET /vehicles");
                return Invocation.Of("Get-EnodeVehicle");
            });
            yield return new SecurityRun("Invoke-EnodeRequest -Method POST with secrets in the body", "Invoke-EnodeRequest", c => Invocation.Of(
                "Invoke-EnodeRequest -Path /webhooks -Method POST -Body @{ secret = $bodySecret; password = $bodyPassword; url = 'https://example.test/hook' }",
                new Dictionary<string, object?> { ["bodySecret"] = c.Plant("body secret"), ["bodyPassword"] = c.Plant("body password") }));
            yield return new SecurityRun("Get-EnodeVehicle -Id against a server that echoes the Authorization header in its errors", "Get-EnodeVehicle", c =>
            {
                var emulator = new EnodeEmulator(EmulatorOptions.Demo());
                var proxy = new DamagingProxy(emulator)
                {
                    DamageWithRequest = (request, status, body) =>
                    {
                        var header = request.Headers.Authorization?.ToString() ?? "";
                        var problem = "{\"type\":\"https://developers.enode.com/problems/bad-request\",\"title\":\"Bad " + header + "\",\"detail\":\"The header " + header + " is not accepted\"}";
                        return new DamagedAnswer("echo", 400, Encoding.UTF8.GetBytes(problem));
                    },
                };
                var front = new HttpFront(proxy.CreateHandler());
                c.Session.Run($"Connect-Enode -ClientId $clientId -ClientSecret {SecureClientSecret} -ApiUrl $apiUrl -TokenUrl $tokenUrl -Name echo",
                    new Dictionary<string, object?> { ["clientId"] = emulator.ClientId, ["clientSecret"] = emulator.RevealClientSecret(), ["apiUrl"] = front.BaseUrl, ["tokenUrl"] = front.TokenUrl })
                    .AssertSucceeded();
                ((EnodePS.Client.EnodeClient)c.Session.Invoke("(Get-EnodeConnection -Name echo).Client").Single()).UpdateRetryOptions(TestClients.FastRetry(maxRetries: 0));
                var invocation = Invocation.Of("Get-EnodeVehicle -Id $vehicleId -Connection (Get-EnodeConnection -Name echo)",
                    new Dictionary<string, object?> { ["vehicleId"] = emulator.State.Vehicles.All[0].Id });
                invocation.MoreSecrets = _ => SecretHarvest.From(emulator);
                invocation.Cleanup = () =>
                {
                    front.Dispose();
                    emulator.Dispose();
                };
                return invocation;
            });
        }

        /// <summary>Runs the script; one that is still running after <see cref="RunLimit"/> is stopped as Ctrl+C would.</summary>
        private static (ScriptResult Result, bool Stopped) Execute(PowerShellSession session, string script, IDictionary<string, object?> variables)
        {
            using var running = session.Start(script, variables);
            try
            {
                return (running.Wait(RunLimit), false);
            }
            catch (TimeoutException)
            {
                running.Stop();
                return (running.Wait(TimeSpan.FromSeconds(10)), true);
            }
        }
    }
}
