using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using EnodePS.Client.Tests.Support;
using EnodePS.Emulator.Faults;
using EnodePS.Tests.Shared;

namespace EnodePS.Client.Tests
{
    public class RequestOptionsTests
    {
        private static Func<string, string?> Env(Dictionary<string, string> values) => name => values.TryGetValue(name, out var v) ? v : null;

        [Fact]
        public void Environment_variables_set_retries_wait_and_timeout()
        {
            var options = RequestOptions.FromEnvironment(Env(new Dictionary<string, string>
            {
                ["ENODE_MAX_RETRIES"] = "2", ["ENODE_MAX_RETRY_WAIT_SECONDS"] = "0.5", ["ENODE_TIMEOUT_SECONDS"] = "12",
            })).ApplyTo(new RetryOptions());

            Assert.Equal(2, options.MaxRetries);
            Assert.Equal(TimeSpan.FromSeconds(0.5), options.MaxRetryAfter);
            Assert.Equal(TimeSpan.FromSeconds(0.5), options.MaxDelay);
            Assert.True(options.BaseDelay <= options.MaxDelay);
            Assert.Equal(TimeSpan.FromSeconds(12), options.AttemptTimeout);
        }

        [Theory]
        [InlineData("ENODE_MAX_RETRIES", "many")]
        [InlineData("ENODE_MAX_RETRIES", "21")]
        [InlineData("ENODE_MAX_RETRY_WAIT_SECONDS", "-1")]
        [InlineData("ENODE_TIMEOUT_SECONDS", "0")]
        [InlineData("ENODE_TIMEOUT_SECONDS", "1e9")]
        public void A_wrong_variable_is_named_with_what_it_accepts(string variable, string value)
        {
            var error = Assert.Throws<ArgumentException>(() => RequestOptions.FromEnvironment(Env(new Dictionary<string, string> { [variable] = value })));
            Assert.Contains(variable, error.Message);
            Assert.Equal(variable, error.ParamName);
        }

        [Fact]
        public void Unset_values_leave_the_lower_layer_and_the_defaults_alone()
        {
            var session = RequestOptions.Create(3, null, null);
            var environment = RequestOptions.Create(1, 10, null);
            var merged = session.Over(environment).ApplyTo(new RetryOptions());
            Assert.Equal(3, merged.MaxRetries);
            Assert.Equal(TimeSpan.FromSeconds(10), merged.MaxRetryAfter);
            Assert.Equal(new RetryOptions().AttemptTimeout, merged.AttemptTimeout);
            Assert.True(RequestOptions.FromEnvironment(_ => null).IsEmpty);
        }

        [Fact]
        public async Task Changed_options_apply_to_the_next_request_of_a_client_in_use()
        {
            using var host = new LoopbackEmulator();
            using var client = ClientFactory.For(host);
            await client.Raw.SendAsync(HttpMethod.Get, "/vehicles?pageSize=1", null);

            client.UpdateRetryOptions(RequestOptions.Create(0, null, null).ApplyTo(client.RetryOptions));
            host.Emulator.Faults.FailNext(FaultKind.TooManyRequests, 1, retryAfterSeconds: 0, operation: "GET /vehicles");
            var error = await Assert.ThrowsAsync<EnodePS.Client.Errors.EnodeApiException>(() => client.Raw.SendAsync(HttpMethod.Get, "/vehicles?pageSize=1", null));
            Assert.Equal(429, error.StatusCode);

            client.UpdateRetryOptions(RequestOptions.Create(2, null, null).ApplyTo(client.RetryOptions));
            host.Emulator.Faults.FailNext(FaultKind.TooManyRequests, 1, retryAfterSeconds: 0, operation: "GET /vehicles");
            var answer = await client.Raw.SendAsync(HttpMethod.Get, "/vehicles?pageSize=1", null);
            Assert.Equal(200, answer.StatusCode);
            Assert.Equal(2, client.RetryOptions.MaxRetries);
        }
    }
}
