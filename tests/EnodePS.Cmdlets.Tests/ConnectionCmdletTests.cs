using System.Linq;
using EnodePS.Cmdlets.Connections;
using EnodePS.Cmdlets.Tests.Support;
using EnodePS.Cmdlets.Vehicles;
using EnodePS.Connections;

namespace EnodePS.Cmdlets.Tests
{
    public class ConnectionCmdletTests
    {
        [Fact]
        public void Get_EnodeConnection_returns_the_current_connection_by_default_and_by_name_or_wildcard()
        {
            using var session = new CmdletSession();

            Assert.Same(session.Connection, session.Run(new GetEnodeConnectionCommand()).Output.Single());
            Assert.Same(session.Connection, session.Run(new GetEnodeConnectionCommand { Name = "custom" }).Output.Single());
            Assert.Same(session.Connection, session.Run(new GetEnodeConnectionCommand { Name = "cus*" }).Output.Single());
            Assert.Single(session.Run(new GetEnodeConnectionCommand().With("All")).Output);

            var missing = session.Run(new GetEnodeConnectionCommand { Name = "nope" });
            Assert.Equal("EnodeConnectionNotFound", missing.Errors.Single().ErrorId);
        }

        [Fact]
        public void Disconnect_closes_the_current_connection_and_later_calls_say_so()
        {
            using var session = new CmdletSession();

            var host = session.Run(new DisconnectEnodeCommand());

            Assert.Empty(host.Errors);
            Assert.False(session.Connection.IsConnected);
            Assert.Null(ConnectionStore.For(session.SessionKey).Current);
            var after = session.Run(new GetEnodeVehicleCommand());
            Assert.Equal("EnodeNotConnected", after.Terminating!.ErrorId);
            var explicitOld = session.Run(new GetEnodeVehicleCommand { Connection = session.Connection });
            Assert.Equal("EnodeConnectionClosed", explicitOld.Terminating!.ErrorId);
        }

        [Fact]
        public void Disconnect_with_whatif_keeps_the_connection()
        {
            using var session = new CmdletSession();
            var host = session.NewHost();
            host.WhatIf = true;

            session.Run(new DisconnectEnodeCommand(), host);

            Assert.True(session.Connection.IsConnected);
            Assert.Single(host.ShouldProcessCalls);
        }
    }
}
