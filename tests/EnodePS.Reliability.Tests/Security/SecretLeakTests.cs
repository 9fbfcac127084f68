using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using EnodePS.Client;
using EnodePS.Cmdlets.Connections;
using EnodePS.Cmdlets.Requests;
using EnodePS.Cmdlets.Tests.Support;
using EnodePS.Cmdlets.Vehicles;
using EnodePS.Connections;
using EnodePS.Emulator;
using EnodePS.Emulator.Faults;
using EnodePS.Infrastructure;
using EnodePS.Reliability.Tests.Hostile;
using EnodePS.Reliability.Tests.Support;
using Xunit.Abstractions;

namespace EnodePS.Reliability.Tests.Security
{
    /// <summary>
    /// Runs every cmdlet of the module with verbose and debug output captured, and looks for secrets in everything a
    /// user could see: streams, errors (messages, inner exceptions, ToString), output objects and their properties.
    /// Cmdlets are driven generically (every parameter set, mandatory parameters filled by <see cref="ParameterFiller"/>),
    /// so new cmdlets are covered when they merge; explicit runs add the paths that need a particular setup.
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
            var executed = new HashSet<Type>();
            var secretKinds = new HashSet<string>();
            var debugLines = 0;
            var maskedHeaders = 0;

            foreach (var run in GenericRuns().Concat(ExplicitRuns()))
            {
                using var context = new SecuritySession();
                var invocation = run.Prepare(context);
                if (invocation.Skipped != null)
                {
                    _output.WriteLine($"{run.Name}: skipped ({invocation.Skipped})");
                    continue;
                }

                var (escaped, stopped) = Execute(invocation);
                executed.Add(run.Cmdlet);
                var host = invocation.Host!;
                var secrets = context.Secrets().Concat(invocation.MoreSecrets?.Invoke() ?? Array.Empty<(string, string)>()).Distinct().ToList();
                secretKinds.UnionWith(secrets.Select(s => s.Kind));
                debugLines += host.Debug.Count;
                maskedHeaders += host.Debug.Count(d => d.Contains("Authorization: " + EnodePS.Client.Logging.Redactor.Mask, StringComparison.Ordinal));
                _output.WriteLine($"{run.Name}: {host.Output.Count} output, {host.Verbose.Count} verbose, {host.Debug.Count} debug, errors: " +
                                  string.Join(", ", host.Errors.Select(e => e.ErrorId).Concat(host.Terminating == null ? Array.Empty<string>() : new[] { host.Terminating.ErrorId })) +
                                  (stopped ? " (stopped after " + RunLimit.TotalSeconds + " s)" : "") + (escaped != null ? " escaped: " + escaped.GetType().Name : ""));

                foreach (var (where, text) in VisibleText.Of(host, escaped is PipelineStoppedException ? null : escaped, includeOutput: !invocation.OutputIsTheAskedForSecret))
                    foreach (var (kind, value) in secrets)
                        if (text.IndexOf(value, StringComparison.Ordinal) >= 0)
                            leaks.Add($"{run.Name}: the {kind} shows in {where}");
                invocation.Cleanup?.Invoke();
            }

            foreach (var leak in leaks.Distinct().Take(50)) _output.WriteLine("LEAK " + leak);
            Assert.Empty(leaks);

            // The check had something to find: debug output was on, authenticated requests were logged with their
            // header masked, and the secrets looked for include the token and the Basic credentials.
            Assert.True(debugLines > 60, $"only {debugLines} debug lines were captured");
            Assert.True(maskedHeaders > 10, $"only {maskedHeaders} debug lines show a masked Authorization header");
            Assert.Contains("Bearer credential", secretKinds);
            Assert.Contains("Basic credential", secretKinds);
            Assert.Contains("client secret", secretKinds);

            var all = CmdletMetadata.CmdletTypes(typeof(EnodeCmdlet).Assembly).ToList();
            var notRun = all.Where(t => !executed.Contains(t)).Select(t => CmdletMetadata.Read(t).Name).ToList();
            Assert.True(notRun.Count == 0, "cmdlets never run (add an explicit run, or teach ParameterFiller their parameters): " + string.Join(", ", notRun));
        }

        [Fact]
        public void Connections_and_running_emulators_show_no_secret_in_their_text_or_properties()
        {
            using var context = new SecuritySession();
            context.Connection.Client.GetAccessTokenAsync().GetAwaiter().GetResult();
            var texts = VisibleText.OfObject(context.Connection, "connection", 0)
                .Concat(VisibleText.OfObject(context.Running, "running emulator", 0))
                .Concat(VisibleText.OfObject(new EnodeRequestOption(context.Connection.Name, context.Connection.Client.RetryOptions), "request option", 0))
                .ToList();

            Assert.Contains(texts, t => t.Text == context.Connection.ToString());
            Assert.Contains(texts, t => t.Text == context.Running.ToString());
            foreach (var (kind, value) in context.Secrets())
                Assert.DoesNotContain(texts, t => t.Text.Contains(value, StringComparison.Ordinal));
        }

        private static IEnumerable<SecurityRun> GenericRuns()
        {
            foreach (var type in CmdletMetadata.CmdletTypes(typeof(EnodeCmdlet).Assembly).OrderBy(t => t.Name, StringComparer.Ordinal))
            {
                var info = CmdletMetadata.Read(type);
                if (ExplicitOnly.Contains(info.Name)) continue;
                foreach (var set in ParameterFiller.Sets(info))
                    yield return new SecurityRun($"{info.Name} [{set}]", type, context =>
                    {
                        var cmdlet = (EnodeCmdlet)Activator.CreateInstance(type)!;
                        var missing = ParameterFiller.Fill(cmdlet, info, set, context);
                        return missing != null ? Invocation.Skip(missing) : Invocation.Of(cmdlet, context.NewHost(), set);
                    });
            }
        }

        private static IEnumerable<SecurityRun> ExplicitRuns()
        {
            yield return new SecurityRun("Connect-Enode -ClientId -ClientSecret", typeof(ConnectEnodeCommand), c => Invocation.Of(
                new ConnectEnodeCommand { ClientId = c.Emulator.ClientId, ClientSecret = SecureStrings.FromPlain(c.Emulator.RevealClientSecret()), ApiUrl = c.Session.Loopback.ApiUrl, TokenUrl = c.Session.Loopback.TokenUrl, Name = "evidence" }.With("PassThru"),
                c.NewHost()));
            yield return new SecurityRun("Connect-Enode with a wrong client secret", typeof(ConnectEnodeCommand), c => Invocation.Of(
                new ConnectEnodeCommand { ClientId = c.Emulator.ClientId, ClientSecret = c.Plant("wrong client secret"), ApiUrl = c.Session.Loopback.ApiUrl, TokenUrl = c.Session.Loopback.TokenUrl },
                c.NewHost()));
            yield return new SecurityRun("Connect-Enode -Credential", typeof(ConnectEnodeCommand), c => Invocation.Of(
                new ConnectEnodeCommand
                {
                    Credential = new PSCredential("ignored", new System.Security.SecureString()),
                    ReadCredential = _ => (c.Emulator.ClientId, SecureStrings.FromPlain(c.Emulator.RevealClientSecret())),
                    ApiUrl = c.Session.Loopback.ApiUrl,
                    TokenUrl = c.Session.Loopback.TokenUrl,
                }.With("PassThru"),
                c.NewHost()));
            yield return new SecurityRun("Connect-Enode -Emulator", typeof(ConnectEnodeCommand), c => Invocation.Of(
                new ConnectEnodeCommand { Emulator = c.Running }.With("PassThru"), c.NewHost()));
            yield return new SecurityRun("Connect-Enode from ENODE_CLIENT_ID and ENODE_CLIENT_SECRET", typeof(ConnectEnodeCommand), c =>
            {
                var host = c.NewHost();
                host.Environment[ConnectEnodeCommand.ClientIdVariable] = c.Emulator.ClientId;
                host.Environment[ConnectEnodeCommand.ClientSecretVariable] = c.Emulator.RevealClientSecret();
                return Invocation.Of(new ConnectEnodeCommand { ApiUrl = c.Session.Loopback.ApiUrl, TokenUrl = c.Session.Loopback.TokenUrl }.With("PassThru"), host);
            });
            yield return new SecurityRun("Connect-Enode -Environment Emulator (in-process)", typeof(ConnectEnodeCommand), c =>
            {
                var host = c.NewHost();
                var invocation = Invocation.Of(new ConnectEnodeCommand { Environment = "Emulator", Name = "in-process" }.With("PassThru"), host);
                EnodeConnection? Made() => host.Output.OfType<EnodeConnection>().FirstOrDefault();
                invocation.MoreSecrets = () => Made()?.Emulator is { } e ? SecretHarvest.From(e) : Array.Empty<(string, string)>();
                invocation.Cleanup = () => Made()?.Dispose();
                return invocation;
            });
            yield return new SecurityRun("Get-EnodeAccessToken -AsPlainText (its output is the token, on purpose)", typeof(GetEnodeAccessTokenCommand), c =>
                Invocation.Of(new GetEnodeAccessTokenCommand().With("AsPlainText"), c.NewHost()).With(i => i.OutputIsTheAskedForSecret = true));
            yield return new SecurityRun("Get-EnodeVehicle after the token was revoked (401, new token)", typeof(GetEnodeVehicleCommand), c =>
            {
                c.Emulator.Tokens.ExpireAll();
                return Invocation.Of(new GetEnodeVehicleCommand { PageSize = 3 }, c.NewHost());
            });
            yield return new SecurityRun("Get-EnodeVehicle through 503s and a dropped connection (retries logged)", typeof(GetEnodeVehicleCommand), c =>
            {
                c.Connection.Client.UpdateRetryOptions(TestClients.FastRetry());
                c.Emulator.Faults.FailNext(FaultKind.ServiceUnavailable, 2, retryAfterSeconds: 0, operation: "GET /vehicles");
                c.Emulator.Faults.FailNext(FaultKind.DropConnection, 1, operation: "GET /vehicles");
                return Invocation.Of(new GetEnodeVehicleCommand { PageSize = 3 }, c.NewHost());
            });
            yield return new SecurityRun("Get-EnodeVehicle until the retries give up (503 error record)", typeof(GetEnodeVehicleCommand), c =>
            {
                c.Connection.Client.UpdateRetryOptions(TestClients.FastRetry(maxRetries: 2));
                c.Emulator.Faults.FailNext(FaultKind.ServiceUnavailable, 5, retryAfterSeconds: 0, operation: "GET /vehicles");
                return Invocation.Of(new GetEnodeVehicleCommand(), c.NewHost());
            });
            yield return new SecurityRun("Invoke-EnodeRequest -Method POST with secrets in the body", typeof(InvokeEnodeRequestCommand), c =>
            {
                var body = new Hashtable { ["secret"] = SecureStrings.ToPlain(c.Plant("body secret")), ["password"] = SecureStrings.ToPlain(c.Plant("body password")), ["url"] = "https://example.test/hook" };
                return Invocation.Of(new InvokeEnodeRequestCommand { Path = "/webhooks", Method = "POST", Body = body }, c.NewHost());
            });
            yield return new SecurityRun("Get-EnodeVehicle -Id against a server that echoes the Authorization header in its errors", typeof(GetEnodeVehicleCommand), c =>
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
                var client = new EnodeClient(new EnodeClientOptions
                {
                    Environment = EnodeEnvironment.Emulator,
                    ApiUrl = EnodeEmulator.InProcessBaseUrl,
                    TokenUrl = new Uri(EnodeEmulator.InProcessBaseUrl, "oauth2/token"),
                    ClientId = emulator.ClientId,
                    ClientSecret = SecureStrings.FromPlain(emulator.RevealClientSecret()),
                    PrimaryHandlerFactory = proxy.CreateHandler,
                    Retry = TestClients.FastRetry(maxRetries: 0),
                });
                var connection = new EnodeConnection("echo", EnodeEnvironment.Emulator, client, emulator);
                var invocation = Invocation.Of(new GetEnodeVehicleCommand { Id = new[] { emulator.State.Vehicles.All[0].Id }, Connection = connection }, c.NewHost());
                invocation.MoreSecrets = () => SecretHarvest.From(emulator);
                invocation.Cleanup = connection.Dispose;
                return invocation;
            });
        }

        private static (Exception? Escaped, bool Stopped) Execute(Invocation invocation)
        {
            Exception? escaped = null;
            var thread = new Thread(() =>
            {
                try { CmdletRunner.Run(invocation.Cmdlet!, invocation.Host, invocation.ParameterSet); }
                catch (Exception ex) { escaped = ex; }
            });
            thread.Start();
            if (thread.Join(RunLimit)) return (escaped, false);
            invocation.Cmdlet!.InvokeStop();
            Assert.True(thread.Join(TimeSpan.FromSeconds(10)), "a cmdlet did not stop within 10 s of Ctrl+C");
            return (escaped, true);
        }
    }

    internal static class InvocationExtensions
    {
        public static Invocation With(this Invocation invocation, Action<Invocation> change)
        {
            change(invocation);
            return invocation;
        }
    }
}
