using System;
using System.Threading.Tasks;
using EnodePS.Client.Errors;
using EnodePS.Client.Json;
using EnodePS.Client.Paging;
using EnodePS.Client.Provisioning;
using EnodePS.Client.Tests.Support;
using EnodePS.Client.Validation;
using EnodePS.Emulator.Faults;
using EnodePS.Tests.Shared;

namespace EnodePS.Client.Tests.Security
{
    /// <summary>Issue 17, item 8: every error names what it is about, in one format.</summary>
    public class ErrorNamingTests
    {
        [Theory]
        [InlineData("")]
        [InlineData("   ")]
        public void A_blank_client_id_is_refused_naming_ClientId(string clientId)
        {
            var error = Assert.Throws<EnodeValidationException>(() => RecordingHandler.Client(new RecordingHandler(), o => o.ClientId = clientId));
            Assert.Equal("ClientId", error.ParameterName);
            Assert.DoesNotContain("options", error.Message);
        }

        [Fact]
        public void Client_checks_throw_one_exception_type_with_one_message_format()
        {
            var errors = new ArgumentException[]
            {
                Assert.ThrowsAny<ArgumentException>(() => ControlValues.MaxCurrent(500, "MaxCurrent")),
                Assert.ThrowsAny<ArgumentException>(() => new HvacHold("COOL", coolSetpoint: double.NaN)),
                Assert.ThrowsAny<ArgumentException>(() => RecordingHandler.Client(new RecordingHandler(), o => o.Retry = new RetryOptions { MaxRetries = -1 })),
                Assert.ThrowsAny<ArgumentException>(() => RecordingHandler.Client(new RecordingHandler()).Vehicles.ListAsync(null, new PageOptions { PageSize = 0 }).GetAsyncEnumerator().MoveNextAsync().AsTask().GetAwaiter().GetResult()),
            };

            foreach (var error in errors)
            {
                var invalid = Assert.IsType<EnodeValidationException>(error);
                Assert.StartsWith("Cannot use '", invalid.Message);
                Assert.Contains(" for " + invalid.ParameterName + ": ", invalid.Message);
                Assert.DoesNotContain("(Parameter", invalid.Message);
            }
        }

        [Fact]
        public void A_NaN_setpoint_is_reported_as_not_a_temperature_rather_than_missing()
        {
            var error = Assert.Throws<EnodeValidationException>(() => new HvacHold("COOL", coolSetpoint: double.NaN));
            Assert.Equal("coolSetpoint", error.ParameterName);
            Assert.DoesNotContain("needs a", error.Message);
            Assert.Contains("NaN", error.Message);
        }

        [Fact]
        public void A_cost_too_large_for_a_decimal_names_the_file_and_the_rate()
        {
            var error = Assert.Throws<ProvisioningFileException>(() =>
                ProvisioningDocument.FromPlain(JsonTree.Parse("{ \"tariffs\": [ { \"id\": \"t\", \"rates\": { \"PEAK\": 1e30 } } ] }"), "enode.config.json"));
            Assert.Contains("enode.config.json", error.Message);
            Assert.Contains("tariffs[0] ('t').rates", error.Message);
            Assert.Contains("PEAK", error.Message);
            Assert.Contains("too large", error.Message);
        }

        [Fact]
        public async Task When_retries_run_out_the_error_says_how_many_attempts_and_how_long_it_waited()
        {
            using var host = new LoopbackEmulator();
            using var client = ClientFactory.For(host);
            var id = host.Emulator.State.Vehicles.All[0].Id;
            await client.GetAccessTokenAsync();
            host.Emulator.Faults.FailNext(FaultKind.ServerError, 10);

            var error = await Assert.ThrowsAsync<EnodeApiException>(() => client.Vehicles.GetAsync(id));

            Assert.Equal(500, error.StatusCode);
            Assert.Contains("gave up after 5 attempts (4 retries, ", error.Message);
            Assert.Contains(" s of waiting)", error.Message);
        }

        [Fact]
        public async Task A_retry_after_above_the_cap_is_said_in_verbose_and_in_the_error()
        {
            using var host = new LoopbackEmulator();
            var log = new CollectingLog();
            using var client = ClientFactory.For(host, o => o.Log = log);
            var id = host.Emulator.State.Vehicles.All[0].Id;
            await client.GetAccessTokenAsync();
            host.Emulator.Faults.FailNext(FaultKind.TooManyRequests, 1, retryAfterSeconds: 600);

            var error = await Assert.ThrowsAsync<EnodeApiException>(() => client.Vehicles.GetAsync(id));

            Assert.Equal(429, error.StatusCode);
            Assert.Contains("retry after 600 s, longer than the 120 s", error.Message);
            Assert.Contains("MaxRetryWaitSeconds", error.Message);
            Assert.Contains("VERBOSE: Not retrying 429: the server asks to wait 600 s", log.All);
        }
    }
}
