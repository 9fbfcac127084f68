using System;
using System.Linq;
using System.Threading.Tasks;
using EnodePS.Client.Errors;
using EnodePS.Client.Paging;
using EnodePS.Client.Tests.Support;
using EnodePS.Emulator;
using EnodePS.Emulator.Faults;
using EnodePS.Tests.Shared;

namespace EnodePS.Client.Tests
{
    public class RetryTests
    {
        [Fact]
        public async Task A_429_with_retry_after_is_waited_out_and_succeeds()
        {
            using var host = new LoopbackEmulator();
            using var client = ClientFactory.For(host);
            var id = host.Emulator.State.Vehicles.All[0].Id;
            await client.GetAccessTokenAsync();
            host.Emulator.Faults.FailNext(FaultKind.TooManyRequests, 1, retryAfterSeconds: 1);

            var started = DateTime.UtcNow;
            var vehicle = await client.Vehicles.GetAsync(id);

            Assert.Equal(id, vehicle.Id);
            Assert.Equal(1, client.RetryStatistics.Retries);
            Assert.True(DateTime.UtcNow - started >= TimeSpan.FromMilliseconds(950), "the Retry-After second was not waited out");
            Assert.Equal(TimeSpan.FromSeconds(1), client.RetryStatistics.TimeWaited);
        }

        [Theory]
        [InlineData(FaultKind.ServiceUnavailable)]
        [InlineData(FaultKind.ServerError)]
        [InlineData(FaultKind.DropConnection)]
        [InlineData(FaultKind.TruncateBody)]
        public async Task Transient_failures_of_a_get_are_retried(FaultKind kind)
        {
            using var host = new LoopbackEmulator(new EmulatorOptions { VehicleCount = 30 });
            using var client = ClientFactory.For(host);
            await client.GetAccessTokenAsync();
            host.Emulator.Faults.FailNext(kind, 2, retryAfterSeconds: 0, operation: "GET /vehicles");

            var ids = await client.Vehicles.ListAsync(options: new PageOptions { PageSize = 10 }).ToListAsync();

            Assert.Equal(host.Emulator.State.Vehicles.All.Select(r => r.Id), ids.Select(v => v.Id));
            Assert.Equal(0, host.Emulator.Faults.Pending);
            // .NET's socket handler itself resends a request whose reused connection was reset before any answer,
            // so a dropped connection may be retried below the client's own retry layer.
            if (kind != FaultKind.DropConnection) Assert.Equal(2, client.RetryStatistics.Retries);
        }

        [Fact]
        public async Task Retries_give_up_after_the_configured_count()
        {
            using var host = new LoopbackEmulator();
            using var client = ClientFactory.For(host, o => o.Retry.MaxRetries = 2);
            await client.GetAccessTokenAsync();
            host.Emulator.Faults.FailNext(FaultKind.ServiceUnavailable, 10, retryAfterSeconds: 0);

            var error = await Assert.ThrowsAsync<EnodeApiException>(() => client.Vehicles.GetAsync("x"));

            Assert.Equal(503, error.StatusCode);
            Assert.Equal(2, client.RetryStatistics.Retries);
        }

        [Fact]
        public async Task A_retry_after_longer_than_allowed_is_not_waited()
        {
            using var host = new LoopbackEmulator();
            using var client = ClientFactory.For(host, o => o.Retry.MaxRetryAfter = TimeSpan.FromSeconds(5));
            await client.GetAccessTokenAsync();
            host.Emulator.Faults.FailNext(FaultKind.TooManyRequests, 1, retryAfterSeconds: 3600);

            var error = await Assert.ThrowsAsync<EnodeApiException>(() => client.Vehicles.GetAsync("x"));

            Assert.Equal(429, error.StatusCode);
            Assert.Equal(TimeSpan.FromHours(1), error.RetryAfter);
            Assert.Equal(0, client.RetryStatistics.Retries);
        }
    }
}
