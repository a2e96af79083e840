using System.CommandLine;
using Roster.Cli.Input;
using Roster.Cli.Output;
using Roster.Protos.V1;

namespace Roster.Cli.Commands;

/// <summary>
/// <c>roster order submit FILE [--validate-only] [--reject-conflicts]</c>: reads an order from a YAML or JSON
/// file (<see cref="OrderFile"/>) and records it (<c>OrderService.SubmitOrder</c>). A file that cannot be read
/// is an input error (exit code 2) and nothing is sent.
/// </summary>
public static class OrderSubmitCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "The order as YAML (.yaml, .yml) or JSON (.json)" };
        var validateOnly = new Option<bool>("--validate-only") { Description = "Check the order and report warnings; store nothing" };
        var rejectConflicts = new Option<bool>("--reject-conflicts")
        {
            Description = "Fail (FAILED_PRECONDITION) instead of warning about overlapping heads or removals of unrecorded tenures",
        };
        var command = new Command("submit", "Record an order read from a YAML or JSON file") { file, validateOnly, rejectConflicts };
        command.SetAction((parse, cancellation) =>
        {
            var read = OrderFile.Read(parse.GetRequiredValue(file));
            if (!read.Succeeded)
            {
                foreach (var error in read.Errors)
                {
                    ErrorReporter.ReportUsage(error, context.Error);
                }
                return Task.FromResult(ExitCodes.UsageError);
            }
            var request = new SubmitOrderRequest
            {
                Order = read.Order,
                ValidateOnly = parse.GetValue(validateOnly),
                RejectConflicts = parse.GetValue(rejectConflicts),
            };
            var format = context.Options.FormatOf(parse);
            return ServerCall.RunAsync(context, parse, channel =>
                RunAsync(new OrderService.OrderServiceClient(channel), request, format, context.Output, cancellation));
        });
        return command;
    }

    /// <summary>Sends the order and prints the outcome, the stored order and any warnings.</summary>
    public static async Task RunAsync(
        OrderService.OrderServiceClient client, SubmitOrderRequest request, OutputFormat format, TextWriter output, CancellationToken cancellation)
    {
        var response = await client.SubmitOrderAsync(request, cancellationToken: cancellation);
        if (format == OutputFormat.Json)
        {
            JsonOutput.Write(response, output);
        }
        else
        {
            SubmitOrderView.Write(request, response, output);
        }
    }
}
