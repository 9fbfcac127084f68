using System.Collections;
using System.Linq;
using EnodePS.Client.Json;
using EnodePS.Cmdlets.Requests;
using EnodePS.Cmdlets.Tests.Support;
using EnodePS.Emulator;

namespace EnodePS.Cmdlets.Tests
{
    public class InvokeEnodeRequestTests
    {
        [Fact]
        public void A_get_returns_the_answer_as_objects()
        {
            using var session = new CmdletSession();
            var id = session.Emulator.State.Vehicles.All[0].Id;

            var host = session.Run(new InvokeEnodeRequestCommand { Path = "/vehicles/" + id });

            var record = Assert.IsType<JsonRecord>(host.Output.Single());
            Assert.Equal(id, record["id"]);
            Assert.IsType<JsonRecord>(record["chargeState"]);
        }

        [Fact]
        public void All_follows_every_page_and_streams_each_item()
        {
            using var session = new CmdletSession(new EmulatorOptions { VehicleCount = 75 });

            var host = session.Run(new InvokeEnodeRequestCommand { Path = "/vehicles", Query = new Hashtable { ["pageSize"] = 20 } }.With("All"));

            Assert.Equal(session.Emulator.State.Vehicles.All.Select(r => r.Id), host.OutputOf<JsonRecord>().Select(r => (string)r["id"]!));
            Assert.Equal(4, session.Emulator.ServedOperations["GET /vehicles"]);
        }

        [Fact]
        public void A_problem_answer_is_an_error_record_with_the_problem()
        {
            using var session = new CmdletSession();

            var host = session.Run(new InvokeEnodeRequestCommand { Path = "/vehicles", Query = new Hashtable { ["before"] = "a", ["after"] = "b" } });

            Assert.Equal("EnodeBadRequest", host.Terminating!.ErrorId);
            Assert.Equal(System.Management.Automation.ErrorCategory.InvalidArgument, host.Terminating.Category);
        }

        [Fact]
        public void A_hashtable_body_is_sent_as_json_and_whatif_sends_nothing()
        {
            using var session = new CmdletSession();
            var whatIf = session.NewHost();
            whatIf.WhatIf = true;
            var before = session.Emulator.RequestCount;

            session.Run(new InvokeEnodeRequestCommand { Method = "POST", Path = "/vehicles", Body = new Hashtable { ["a"] = 1 } }, whatIf);
            Assert.Equal(before, session.Emulator.RequestCount);
            Assert.Equal(("/vehicles", "POST"), whatIf.ShouldProcessCalls.Single());

            var host = session.Run(new InvokeEnodeRequestCommand { Method = "POST", Path = "/vehicles", Body = new Hashtable { ["a"] = 1.5, ["b"] = new[] { "x" } } });
            var sent = session.Emulator.Journal.Snapshot().Last();
            Assert.Equal("POST", sent.Method);
            Assert.Contains("\"a\":1.5", sent.Body);
            Assert.Contains("\"b\":[\"x\"]", sent.Body);
            Assert.Equal(405, sent.Status);
            Assert.Equal("EnodeMethodNotAllowed", host.Terminating!.ErrorId);
        }
    }
}
