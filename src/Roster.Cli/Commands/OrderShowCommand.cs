using System.CommandLine;
using Roster.Cli.Output;
using Roster.Protos.V1;

namespace Roster.Cli.Commands;

/// <summary><c>roster order show DOCUMENT_NUMBER [--as-recorded-at TIMESTAMP]</c>: one stored order (<c>OrderService.GetOrder</c>),
/// with the order it corrects and the order that corrected it.</summary>
public static class OrderShowCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var number = new Argument<string>("DOCUMENT_NUMBER")
        {
            Description = "The document number (文号), e.g. 阳政任字〔2022〕1号; other brackets and stray spaces are accepted",
        };
        number.Validators.Add(WhenParsed.NotBlank("DOCUMENT_NUMBER: give a document number, e.g. 阳政任字〔2022〕1号"));
        var recordedAt = RecordedAtOption.Create();
        var command = new Command("show", "Show a stored order and its items") { number, recordedAt };
        command.SetAction((parse, cancellation) =>
        {
            var request = new GetOrderRequest { DocumentNumber = parse.GetRequiredValue(number), AsRecordedAt = parse.GetValue(recordedAt) };
            var format = context.Options.FormatOf(parse);
            return ServerCall.RunAsync(context, parse, channel =>
                RunAsync(new OrderService.OrderServiceClient(channel), request, format, context.Output, cancellation));
        });
        return command;
    }

    /// <summary>Asks the server and prints the order.</summary>
    public static async Task RunAsync(
        OrderService.OrderServiceClient client, GetOrderRequest request, OutputFormat format, TextWriter output, CancellationToken cancellation)
    {
        var order = (await client.GetOrderAsync(request, cancellationToken: cancellation)).Order;
        if (format == OutputFormat.Json)
        {
            JsonOutput.Write(order, output);
        }
        else
        {
            OrderView.Write(order, output);
        }
    }
}
