
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ServerProtos = Roster.Protos.V1;

namespace Roster.Cli.Tests.Commands;

/// <summary>
/// The CLI over a real <see cref="GrpcChannel"/> to a real Kestrel endpoint speaking h2c, with a stub order
/// service (the real server is tested in Roster.Server.Tests): checks the transport, the rich error trailers
/// and the output end to end.
/// </summary>
public sealed class RealChannelTests : IAsyncLifetime
{
    private WebApplication? _app;
    private Uri _address = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
            kestrel.Listen(System.Net.IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc();
        _app = builder.Build();
        _app.MapGrpcService<StubOrderService>();
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        _address = new Uri(address);
    }

    public async Task DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
    }

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(output, error, address => GrpcChannel.ForAddress(address), _ => null);
        var exitCode = await new RosterCommandLine(context).RunAsync([.. args, "--server", _address.ToString()]);
        return (exitCode, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Shows_an_order_over_h2c()
    {
        var (exitCode, output, error) = await RunAsync("order", "show", "阳政任字〔2022〕4号");

        Assert.Equal("", error);
        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("[0]   APPOINT  段拥军  盂县经济技术开发区管委会主任", output);
    }

    [Fact]
    public async Task Reads_the_field_violations_from_the_status_trailer()
    {
        var (exitCode, _, error) = await RunAsync("order", "show", "阳政任字〔2022〕99号");

        Assert.Equal(ExitCodes.ServerError, exitCode);
        Assert.Equal(
            "error: NotFound: no order 阳政任字〔2022〕99号\n  document_number: not recorded\n  reason: ORDER_NOT_FOUND\n",
            error);
    }

    private sealed class StubOrderService : ServerProtos.OrderService.OrderServiceBase
    {
        public override Task<ServerProtos.GetOrderResponse> GetOrder(ServerProtos.GetOrderRequest request, ServerCallContext context)
        {
            if (request.DocumentNumber != "阳政任字〔2022〕4号")
            {
                throw new Google.Rpc.Status
                {
                    Code = (int)Code.NotFound,
                    Message = $"no order {request.DocumentNumber}",
                    Details =
                    {
                        Any.Pack(new BadRequest { FieldViolations = { new BadRequest.Types.FieldViolation { Field = "document_number", Description = "not recorded" } } }),
                        Any.Pack(new ErrorInfo { Reason = "ORDER_NOT_FOUND", Domain = "roster" }),
                    },
                }.ToRpcException();
            }
            return Task.FromResult(new ServerProtos.GetOrderResponse { Order = new ServerProtos.Order
            {
                DocumentNumber = request.DocumentNumber,
                Items = { new ServerProtos.OrderItem { Action = ServerProtos.OrderAction.Appoint, Person = "段拥军", Organization = "盂县经济技术开发区管委会", Title = "主任" } },
            } });
        }
    }
}
