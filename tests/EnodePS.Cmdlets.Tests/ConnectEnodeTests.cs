using System;
using System.Linq;
using System.Management.Automation;
using EnodePS.Client;
using EnodePS.Cmdlets.Connections;
using EnodePS.Cmdlets.Tests.Support;
using EnodePS.Cmdlets.Vehicles;
using EnodePS.Connections;
using EnodePS.Tests.Shared;

namespace EnodePS.Cmdlets.Tests
{
    public class ConnectEnodeTests
    {
        [Fact]
        public void Client_id_and_secret_connect_and_become_the_current_connection()
        {
            using var loopback = new LoopbackEmulator();
            var host = new RecordingHost();
            var connect = new ConnectEnodeCommand
            {
                ClientId = loopback.Emulator.ClientId,
                ClientSecret = SecureStrings.FromPlain(loopback.Emulator.RevealClientSecret()),
                ApiUrl = loopback.ApiUrl,
                TokenUrl = loopback.TokenUrl,
            };

            CmdletRunner.Run(connect, host);

            Assert.Null(host.Terminating);
            Assert.Empty(host.Output); // no -PassThru
            var current = ConnectionStore.For(host.SessionKey).Current;
            Assert.NotNull(current);
            Assert.Equal(EnodeEnvironment.Custom, current!.Environment);
            Assert.Equal(1, loopback.Emulator.Tokens.IssuedCount); // the token is fetched at once
            current.Dispose();
        }

        [Fact]
        public void A_credential_gives_the_client_id_as_user_name_and_the_secret_as_password()
        {
            using var loopback = new LoopbackEmulator();
            var credential = new PSCredential("ignored", new System.Security.SecureString());
            var connect = new ConnectEnodeCommand
            {
                Credential = credential,
                ApiUrl = loopback.ApiUrl,
                TokenUrl = loopback.TokenUrl,
                ReadCredential = c => (loopback.Emulator.ClientId, SecureStrings.FromPlain(loopback.Emulator.RevealClientSecret())),
            }.With("PassThru");

            var host = CmdletRunner.Run(connect);

            Assert.Null(host.Terminating);
            using var connection = Assert.IsType<EnodeConnection>(host.Output.Single());
            Assert.Equal(loopback.Emulator.ClientId, connection.ClientId);
        }

        [Fact]
        public void Environment_variables_supply_credentials_for_unattended_runs()
        {
            using var loopback = new LoopbackEmulator();
            var host = new RecordingHost();
            host.Environment[ConnectEnodeCommand.ClientIdVariable] = loopback.Emulator.ClientId;
            host.Environment[ConnectEnodeCommand.ClientSecretVariable] = loopback.Emulator.RevealClientSecret();

            CmdletRunner.Run(new ConnectEnodeCommand { ApiUrl = loopback.ApiUrl, TokenUrl = loopback.TokenUrl }.With("PassThru"), host);

            Assert.Null(host.Terminating);
            using var connection = (EnodeConnection)host.Output.Single()!;
            Assert.Equal(loopback.Emulator.ClientId, connection.ClientId);
        }

        [Fact]
        public void No_credentials_at_all_is_a_clear_error_that_suggests_the_emulator()
        {
            var host = CmdletRunner.Run(new ConnectEnodeCommand { Environment = "Sandbox" });

            Assert.NotNull(host.Terminating);
            Assert.Equal("EnodeMissingCredentials", host.Terminating!.ErrorId);
            Assert.Equal(ErrorCategory.AuthenticationError, host.Terminating.Category);
            Assert.Contains("ENODE_CLIENT_ID", host.Terminating.Exception.Message);
            Assert.Contains("-Environment Emulator", host.Terminating.Exception.Message);
        }

        [Fact]
        public void Bad_credentials_fail_at_connect_with_an_authentication_error_and_no_secret()
        {
            using var loopback = new LoopbackEmulator();
            const string wrong = "not-the-right-secret-123";
            var host = CmdletRunner.Run(new ConnectEnodeCommand
            {
                ClientId = loopback.Emulator.ClientId,
                ClientSecret = SecureStrings.FromPlain(wrong),
                ApiUrl = loopback.ApiUrl,
                TokenUrl = loopback.TokenUrl,
            });

            Assert.NotNull(host.Terminating);
            Assert.Equal("EnodeUnauthorized", host.Terminating!.ErrorId);
            Assert.Equal(ErrorCategory.AuthenticationError, host.Terminating.Category);
            Assert.Null(ConnectionStore.For(host.SessionKey).Current);
            Assert.DoesNotContain(wrong, host.AllText);
        }

        [Fact]
        public void Only_one_of_api_url_and_token_url_is_rejected_naming_the_missing_one()
        {
            var host = CmdletRunner.Run(new ConnectEnodeCommand { ApiUrl = new Uri("http://127.0.0.1:1/"), ClientId = "x", ClientSecret = SecureStrings.FromPlain("y") });

            Assert.Equal("EnodeInvalidParameter", host.Terminating!.ErrorId);
            Assert.Contains("-TokenUrl", host.Terminating.Exception.Message);
        }

        [Fact]
        public void The_emulator_environment_needs_no_account_and_serves_demo_vehicles()
        {
            var host = CmdletRunner.Run(new ConnectEnodeCommand { Environment = "Emulator" }.With("PassThru"));
            Assert.Null(host.Terminating);
            using var connection = (EnodeConnection)host.Output.Single()!;
            Assert.Equal(EnodeEnvironment.Emulator, connection.Environment);
            Assert.NotNull(connection.Emulator);

            var list = CmdletRunner.Run(new GetEnodeVehicleCommand(), new RecordingHost { SessionKey = host.SessionKey });

            Assert.Equal(connection.Emulator!.Options.VehicleCount, list.Output.Count);
        }

        [Fact]
        public void Sessions_do_not_share_their_current_connection()
        {
            var first = CmdletRunner.Run(new ConnectEnodeCommand { Environment = "Emulator" });
            var other = CmdletRunner.Run(new GetEnodeVehicleCommand(), new RecordingHost());

            Assert.Equal("EnodeNotConnected", other.Terminating!.ErrorId);
            ConnectionStore.For(first.SessionKey).Current!.Dispose();
        }

        [Fact]
        public void Connection_text_never_shows_the_secret()
        {
            using var session = new CmdletSession();
            var text = session.Connection.ToString();
            Assert.DoesNotContain(session.Emulator.RevealClientSecret(), text);
            Assert.Contains(session.Connection.ApiUrl.ToString(), text);
        }
    }
}
