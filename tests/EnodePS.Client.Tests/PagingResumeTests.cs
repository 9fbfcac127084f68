using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using EnodePS.Client.Errors;
using EnodePS.Client.Models;
using EnodePS.Client.Paging;
using EnodePS.Client.Tests.Support;
using EnodePS.Emulator;
using EnodePS.Emulator.Faults;
using EnodePS.Tests.Shared;

namespace EnodePS.Client.Tests
{
    /// <summary>A listing stopped by a failed page carries the cursor to resume from; PageOptions.After resumes there.</summary>
    public class PagingResumeTests
    {
        [Fact]
        public async Task A_failed_page_carries_its_cursor_and_After_reads_the_rest_once()
        {
            using var host = new LoopbackEmulator(new EmulatorOptions { VehicleCount = 45 });
            using var client = ClientFactory.For(host, o => o.Retry.MaxRetries = 0);
            host.Emulator.Faults.FailEvery(FaultKind.ServerError, 3, operation: "GET /vehicles");

            var read = new List<string>();
            var error = await Assert.ThrowsAnyAsync<Exception>(async () =>
            {
                await foreach (var v in client.Vehicles.ListAsync(options: new PageOptions { PageSize = 10 })) read.Add(v.Id);
            });

            Assert.Equal(20, read.Count);
            Assert.True(Paginator.TryGetResumeCursor(error, out var after));
            Assert.NotNull(after);

            host.Emulator.Faults.Clear();
            var rest = await client.Vehicles.ListAsync(options: new PageOptions { PageSize = 10, After = after }).ToListAsync();

            Assert.Equal(host.Emulator.State.Vehicles.All.Select(r => r.Id), read.Concat(rest.Select(v => v.Id)));
        }

        [Fact]
        public async Task A_failed_first_page_resumes_from_the_start()
        {
            using var host = new LoopbackEmulator(new EmulatorOptions { VehicleCount = 3 });
            using var client = ClientFactory.For(host, o => o.Retry.MaxRetries = 0);
            host.Emulator.Faults.FailNext(FaultKind.ServerError, 1, operation: "GET /vehicles");

            var error = await Assert.ThrowsAnyAsync<Exception>(() => client.Vehicles.ListAsync().ToListAsync());

            Assert.True(Paginator.TryGetResumeCursor(error, out var after));
            Assert.Null(after);
        }

        [Fact]
        public void An_error_that_is_not_a_page_read_has_no_resume_cursor() =>
            Assert.False(Paginator.TryGetResumeCursor(new InvalidOperationException("x"), out _));

        [Fact]
        public void An_empty_cursor_is_refused()
        {
            using var host = new LoopbackEmulator(new EmulatorOptions { VehicleCount = 1 });
            using var client = ClientFactory.For(host);

            Assert.ThrowsAny<ArgumentException>(() => client.Vehicles.ListAsync(options: new PageOptions { After = "" }).ToListAsync().GetAwaiter().GetResult());
        }
    }
}
