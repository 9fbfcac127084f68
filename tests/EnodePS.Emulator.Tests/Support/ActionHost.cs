using System;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using EnodePS.Emulator.Actions;
using EnodePS.Emulator.Events;
using EnodePS.Emulator.Time;
using EnodePS.Tests.Shared;
using Record = EnodePS.Emulator.State.Record;

namespace EnodePS.Emulator.Tests.Support
{
    /// <summary>A loopback emulator on a manual clock, with devices made controllable on demand, for action tests.</summary>
    public sealed class ActionHost : IDisposable
    {
        public static readonly DateTimeOffset Start = new DateTimeOffset(2024, 11, 20, 12, 0, 0, TimeSpan.Zero);

        public ActionHost(Action<EmulatorOptions>? configure = null)
        {
            Clock = new ManualEmulatorClock(Start);
            var options = new EmulatorOptions { Clock = Clock, VehicleCount = 6, ChargerCount = 6, HvacCount = 6, BatteryCount = 6 };
            configure?.Invoke(options);
            Host = new LoopbackEmulator(options);
            Http = new RawHttp(Host);
        }

        public ManualEmulatorClock Clock { get; }
        public LoopbackEmulator Host { get; }
        public EnodeEmulator Emulator => Host.Emulator;
        public RawHttp Http { get; }
        public TimeSpan Delay => Emulator.Options.ActionDelay;

        /// <summary>The n-th device of the kind, made controllable (reachable, scoped, capable, not in the sample states).</summary>
        public Record Device(DeviceKind kind, int index = 0)
        {
            lock (Emulator.State.Gate)
            {
                var device = kind.Table(Emulator.State).All[index];
                ControllableDevice.Prepare(kind, device.Body);
                return device;
            }
        }

        /// <summary>Changes a device under the state's lock.</summary>
        public void Change(Record device, Action<JsonObject> change)
        {
            lock (Emulator.State.Gate) change(device.Body);
        }

        public Task<(int Status, JsonNode? Body, HttpResponseMessage Response)> Post(string path, JsonObject? body = null) =>
            Http.SendAsync(HttpMethod.Post, path, body?.ToJsonString());

        public async Task<JsonObject> ActionAsync(string collection, string actionId)
        {
            var (status, body, _) = await Http.GetAsync($"/{collection}/actions/{actionId}");
            Assert.Equal(200, status);
            return (JsonObject)body!;
        }

        public void Advance(TimeSpan by) => Clock.Advance(by);

        public EmulatorEvent[] Events(string name) => Emulator.State.Events.Recent.Where(e => e.Name == name).ToArray();

        public void Dispose()
        {
            Http.Dispose();
            Host.Dispose();
        }
    }
}
