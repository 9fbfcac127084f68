using System.Linq;
using System.Security;
using EnodePS.Client;
using EnodePS.Cmdlets.Connections;
using EnodePS.Cmdlets.Tests.Support;
using EnodePS.Cmdlets.Vehicles;
using EnodePS.Connections;
using EnodePS.Emulator.Faults;

namespace EnodePS.Cmdlets.Tests
{
    public class RequestOptionAndTokenTests
    {
        private static int Requests(CmdletSession session, string path) =>
            session.Emulator.Journal.Snapshot().Count(r => r.Path == path);

        [Fact]
        public void Setting_no_retries_for_the_session_applies_to_the_open_connection_at_once()
        {
            using var session = new CmdletSession();
            var set = session.Run(new SetEnodeRequestOptionCommand { MaxRetries = 0 }.With("PassThru"));
            Assert.Null(set.Terminating);
            Assert.Equal(0, set.OutputOf<EnodeRequestOption>().Single().MaxRetries);
            Assert.Equal(0, session.Connection.Client.RetryOptions.MaxRetries);

            session.Emulator.Journal.Clear();
            session.Emulator.Faults.FailNext(FaultKind.TooManyRequests, 1, retryAfterSeconds: 0, operation: "GET /vehicles");
            var host = session.Run(new GetEnodeVehicleCommand { PageSize = 5 });
            Assert.Equal("EnodeTooManyRequests", host.Terminating?.ErrorId ?? host.Errors.Single().ErrorId);
            Assert.Equal(1, Requests(session, "/vehicles"));
        }

        [Fact]
        public void Retries_show_in_verbose_with_method_path_status_duration_and_wait()
        {
            using var session = new CmdletSession();
            session.Run(new SetEnodeRequestOptionCommand { MaxRetries = 2, Connection = session.Connection });
            session.Emulator.Faults.FailNext(FaultKind.TooManyRequests, 1, retryAfterSeconds: 0, operation: "GET /vehicles");
            var host = session.Run(new GetEnodeVehicleCommand { PageSize = 5 });

            Assert.Null(host.Terminating);
            Assert.Contains(host.Verbose, v => v.StartsWith("GET /vehicles?pageSize=5 -> 429") && v.EndsWith(" ms)"));
            Assert.Contains(host.Verbose, v => v.StartsWith("Retry 1 of 2 in ") && v.Contains("after 429"));
            Assert.Contains(host.Verbose, v => v.StartsWith("GET /vehicles?pageSize=5 -> 200"));
        }

        [Fact]
        public void A_connection_made_later_takes_the_session_options_over_the_environment_variables()
        {
            using var session = new CmdletSession();
            var host = session.NewHost();
            host.Environment["ENODE_MAX_RETRIES"] = "1";
            host.Environment["ENODE_TIMEOUT_SECONDS"] = "7";
            var defaults = session.Run(new GetEnodeRequestOptionCommand(), host).OutputOf<EnodeRequestOption>().Single();
            Assert.Equal(EnodeRequestOption.NewConnections, defaults.AppliesTo);
            Assert.Equal(1, defaults.MaxRetries);
            Assert.Equal(7, defaults.TimeoutSeconds);

            session.Run(new SetEnodeRequestOptionCommand { MaxRetries = 3 }, session.NewHost());
            var connect = new ConnectEnodeCommand
            {
                ClientId = session.Emulator.ClientId, ClientSecret = SecureStrings.FromPlain(session.Emulator.RevealClientSecret()),
                ApiUrl = session.Loopback.ApiUrl, TokenUrl = session.Loopback.TokenUrl, Name = "Later",
            }.With("PassThru");
            var later = host;
            later.Output.Clear();
            using var connection = (EnodeConnection)session.Run(connect, later).Output.Single()!;
            Assert.Equal(3, connection.Client.RetryOptions.MaxRetries);
            Assert.Equal(7, connection.Client.RetryOptions.AttemptTimeout.TotalSeconds);
        }

        [Fact]
        public void Bad_values_and_WhatIf_change_nothing()
        {
            using var session = new CmdletSession();
            var before = session.Connection.Client.RetryOptions.MaxRetries;

            var bad = session.Run(new SetEnodeRequestOptionCommand { MaxRetries = 50 });
            Assert.Equal("EnodeInvalidParameter", bad.Terminating?.ErrorId);
            Assert.Contains("MaxRetries", bad.Terminating!.Exception.Message);
            Assert.Equal("EnodeInvalidParameter", session.Run(new SetEnodeRequestOptionCommand()).Terminating?.ErrorId);
            Assert.Equal("EnodeInvalidParameter", session.Run(new SetEnodeRequestOptionCommand { TimeoutSeconds = 0 }).Terminating?.ErrorId);

            var whatIf = session.NewHost();
            whatIf.WhatIf = true;
            session.Run(new SetEnodeRequestOptionCommand { MaxRetries = 0 }, whatIf);
            Assert.Single(whatIf.ShouldProcessCalls);
            Assert.Equal(before, session.Connection.Client.RetryOptions.MaxRetries);
        }

        [Fact]
        public async System.Threading.Tasks.Task The_access_token_is_a_SecureString_unless_plain_text_is_asked_for_and_never_logged()
        {
            using var session = new CmdletSession();
            var host = session.NewHost();
            host.IsDebugEnabled = true;
            var secure = session.Run(new GetEnodeAccessTokenCommand(), host).Output.Single();
            var token = await session.Connection.Client.GetAccessTokenAsync();

            Assert.IsType<SecureString>(secure);
            Assert.Equal(token, SecureStrings.ToPlain((SecureString)secure!));
            Assert.DoesNotContain(token, string.Join("\n", host.Verbose.Concat(host.Debug)));

            var plain = session.Run(new GetEnodeAccessTokenCommand().With("AsPlainText")).Output.Single();
            Assert.Equal(token, plain);
        }
    }
}
