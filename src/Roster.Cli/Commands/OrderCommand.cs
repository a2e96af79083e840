using System.CommandLine;

namespace Roster.Cli.Commands;

/// <summary><c>roster order</c>: the group of order commands (<c>show</c>, <c>submit</c>).</summary>
public static class OrderCommand
{
    /// <summary>Creates the command group.</summary>
    public static Command Create(CliContext context) =>
        new("order", "Appointment and removal orders (任免通知)")
        {
            OrderShowCommand.Create(context),
            OrderSubmitCommand.Create(context),
        };
}
