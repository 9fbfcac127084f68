using System;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using EnodePS.Emulator.Http;
using EnodePS.Emulator.Routing;

namespace EnodePS.Emulator.Tests
{
    public class LoopbackServerTests
    {
        /// <summary>
        /// Receive-EnodeWebhook -Count 1 stops its listener as soon as the delivery that brought the last event is read,
        /// while that delivery's 200 is still being written: the answer must still reach the sender (Enode would
        /// otherwise count the delivery as failed and send it again).
        /// </summary>
        [Fact]
        public async Task Stopping_while_a_request_is_being_answered_still_sends_its_answer()
        {
            var handling = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var server = LoopbackServer.Serve(async (request, cancellationToken) =>
            {
                handling.SetResult();
                await Task.Delay(300); // the owner stops meanwhile
                return new EmulatorResponse(200, Encoding.UTF8.GetBytes("ok"), "text/plain; charset=utf-8");
            });
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };

            var answering = http.PostAsync(new Uri(server.BaseUrl, "enode/webhooks"), new StringContent("[]"));
            await handling.Task;
            var stopping = Task.Run(server.Dispose);
            using var response = await answering;

            Assert.Equal(200, (int)response.StatusCode);
            Assert.Equal("ok", await response.Content.ReadAsStringAsync());
            await stopping;
            await Assert.ThrowsAnyAsync<HttpRequestException>(() => http.GetAsync(server.BaseUrl));
        }
    }
}
