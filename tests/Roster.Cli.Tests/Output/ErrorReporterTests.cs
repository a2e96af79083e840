using System.Net;
using System.Net.Sockets;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Grpc.Net.Client;
using Roster.Cli.Tests.Fakes;
using Roster.Protos.V1;

namespace Roster.Cli.Tests.Output;

public class ErrorReporterTests
{
    private readonly FakeServer _server = new();

    [Fact]
    public async Task Prints_each_field_violation_and_the_reason_of_an_invalid_argument()
    {
        var status = new Google.Rpc.Status
        {
            Code = (int)Code.InvalidArgument,
            Message = "the order is not valid",
            Details =
            {
                Any.Pack(new ErrorInfo { Reason = "INVALID_ORDER", Domain = "roster" }),
                Any.Pack(new BadRequest
                {
                    FieldViolations =
                    {
                        new BadRequest.Types.FieldViolation { Field = "order.decided_on", Description = "2022-02-30 is not a calendar date" },
                        new BadRequest.Types.FieldViolation { Field = "order.items[1].action", Description = "unknown action" },
                    },
                }),
            },
        };
        _server.Fail("GetOrder", status.ToRpcException());

        var run = await CliRun.RunAsync(_server, "order", "show", "阳政任字〔2022〕1号");

        Assert.Equal(ExitCodes.ServerError, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Equal(
            """
            error: InvalidArgument: the order is not valid
              order.decided_on: 2022-02-30 is not a calendar date
              order.items[1].action: unknown action
              reason: INVALID_ORDER

            """,
            run.Error);
    }

    [Fact]
    public async Task Prints_precondition_violations_and_reason_metadata()
    {
        var status = new Google.Rpc.Status
        {
            Code = (int)Code.FailedPrecondition,
            Message = "the order has warnings and reject_conflicts is set",
            Details =
            {
                Any.Pack(new PreconditionFailure
                {
                    Violations = { new PreconditionFailure.Types.Violation { Type = "OVERLAPPING_HEAD", Subject = "order.items[0]", Description = "阳泉市公安局局长 is held by 靳润喜" } },
                }),
                Any.Pack(new ErrorInfo { Reason = "CONFLICTS_REJECTED", Domain = "roster", Metadata = { ["warnings"] = "1" } }),
            },
        };
        _server.Fail("GetOrder", status.ToRpcException());

        var run = await CliRun.RunAsync(_server, "order", "show", "X");

        Assert.Equal(
            """
            error: FailedPrecondition: the order has warnings and reject_conflicts is set
              OVERLAPPING_HEAD order.items[0]: 阳泉市公安局局长 is held by 靳润喜
              reason: CONFLICTS_REJECTED (warnings=1)

            """,
            run.Error);
    }

    [Fact]
    public async Task Prints_a_plain_status_without_details()
    {
        _server.Fail("GetOrder", new RpcException(new Grpc.Core.Status(StatusCode.NotFound, "no order 阳政任字〔2022〕9号")));

        var run = await CliRun.RunAsync(_server, "order", "show", "阳政任字〔2022〕9号");

        Assert.Equal(ExitCodes.ServerError, run.ExitCode);
        Assert.Equal("error: NotFound: no order 阳政任字〔2022〕9号\n", run.Error);
    }

    [Fact]
    public async Task Unavailable_exits_3_with_a_hint_naming_the_server()
    {
        _server.Fail("GetOrder", new RpcException(new Grpc.Core.Status(StatusCode.Unavailable, "Error connecting to subchannel.")));

        var run = await CliRun.RunAsync(_server, "order", "show", "X", "--server", "http://roster.internal:5080");

        Assert.Equal(ExitCodes.Unreachable, run.ExitCode);
        Assert.Equal(
            "error: Unavailable: Error connecting to subchannel.\n" +
            "hint: is the roster server running at http://roster.internal:5080/? Pass --server URL or set ROSTER_SERVER.\n",
            run.Error);
    }

    [Fact]
    public async Task A_server_that_does_not_listen_exits_3_over_a_real_channel()
    {
        var address = new Uri($"http://127.0.0.1:{UnusedPort()}");
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(output, error, server => GrpcChannel.ForAddress(server), _ => null);

        var exitCode = await new RosterCommandLine(context).RunAsync(["who", "阳泉市公安局", "--server", address.ToString()]);

        Assert.Equal(ExitCodes.Unreachable, exitCode);
        Assert.StartsWith("error: Unavailable: ", error.ToString());
        Assert.Contains($"hint: is the roster server running at {address}?", error.ToString());
        Assert.DoesNotContain("   at ", error.ToString()); // no stack trace
    }

    [Fact]
    public async Task A_failed_tls_handshake_exits_3_as_unreachable_not_as_a_server_error()
    {
        // Something listens but does not speak TLS (e.g. https:// typed for the plain-HTTP loopback server).
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var plainPeer = Task.Run(async () =>
        {
            while (true)
            {
                using var client = await listener.AcceptTcpClientAsync();
                await client.GetStream().WriteAsync("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n"u8.ToArray());
            }
        });
        var error = new StringWriter();
        var context = new CliContext(new StringWriter(), error, server => GrpcChannel.ForAddress(server), _ => null);

        var exitCode = await new RosterCommandLine(context).RunAsync(["who", "阳泉市公安局", "--server", $"https://127.0.0.1:{port}"]);
        listener.Stop();

        Assert.Equal(ExitCodes.Unreachable, exitCode);
        Assert.StartsWith($"error: no gRPC conversation with https://127.0.0.1:{port}/: ", error.ToString());
        Assert.Contains($"hint: the TLS handshake with https://127.0.0.1:{port}/ failed: use http:// for a server without TLS", error.ToString());
        Assert.DoesNotContain("Internal", error.ToString());
        Assert.DoesNotContain("   at ", error.ToString());
    }

    private static int UnusedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
