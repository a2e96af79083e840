using System.Diagnostics.CodeAnalysis;
using Roster.Protos.V1;

namespace Roster.Cli.Input;

/// <summary>What reading an order file gave: the order, or the errors that stopped it (never both).</summary>
public sealed class OrderFileResult
{
    private OrderFileResult(Order? order, IReadOnlyList<string> errors)
    {
        Order = order;
        Errors = errors;
    }

    /// <summary>The order read, when <see cref="Succeeded"/>.</summary>
    public Order? Order { get; }

    /// <summary>One message per problem found, in file order; empty when <see cref="Succeeded"/>.</summary>
    public IReadOnlyList<string> Errors { get; }

    /// <summary>True when the file was read into <see cref="Order"/>.</summary>
    [MemberNotNullWhen(true, nameof(Order))]
    public bool Succeeded => Order is not null;

    /// <summary>A file read into <paramref name="order"/>.</summary>
    public static OrderFileResult Success(Order order) => new(order, []);

    /// <summary>A file that could not be read; <paramref name="errors"/> must not be empty.</summary>
    public static OrderFileResult Failure(IReadOnlyList<string> errors) =>
        errors.Count == 0 ? throw new ArgumentException("A failure needs at least one error.", nameof(errors)) : new(null, errors);

    /// <summary>A file that could not be read for one reason.</summary>
    public static OrderFileResult Failure(string error) => Failure([error]);
}
