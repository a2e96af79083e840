namespace Roster.Domain.Errors;

/// <summary>
/// A domain failure with a stable UPPER_SNAKE <see cref="Reason"/>. The server translates each
/// subclass to one gRPC status code in one interceptor; nothing else should be thrown for bad input.
/// </summary>
public abstract class RosterException(string reason, string message) : Exception(message)
{
    /// <summary>Stable machine-readable reason, e.g. <c>ORDER_INVALID</c>.</summary>
    public string Reason { get; } = reason;
}

/// <summary>Input that can never succeed as sent (gRPC <c>INVALID_ARGUMENT</c>), with the fields at fault.</summary>
public sealed class InvalidInputException(string reason, string message, IReadOnlyList<FieldViolation> violations)
    : RosterException(reason, message)
{
    /// <summary>The fields at fault, each with a description.</summary>
    public IReadOnlyList<FieldViolation> Violations { get; } = violations;

    /// <summary>One violated field.</summary>
    public InvalidInputException(string reason, string field, string description)
        : this(reason, description, [new FieldViolation(field, description)]) { }
}

/// <summary>Something asked for is not recorded (gRPC <c>NOT_FOUND</c>).</summary>
public sealed class NotFoundException(string reason, string message) : RosterException(reason, message);

/// <summary>A different record already holds this identity, e.g. another order under the same document number (gRPC <c>ALREADY_EXISTS</c>).</summary>
public sealed class AlreadyExistsException(string reason, string message) : RosterException(reason, message);

/// <summary>Valid credentials that do not allow this call, e.g. a clerk filing another office's order (gRPC <c>PERMISSION_DENIED</c>).</summary>
public sealed class PermissionDeniedException(string reason, string message) : RosterException(reason, message)
{
    /// <summary>A refusal of one part of the request: <paramref name="field"/> is its path (<c>order.items[0]</c>).</summary>
    public PermissionDeniedException(string reason, string field, string message) : this(reason, message) => Field = field;

    /// <summary>The request path of the part refused (<c>order.items[0].organization</c>); null when the whole call is.</summary>
    public string? Field { get; }
}

/// <summary>One failed precondition: its kind (<c>OVERLAPPING_HEADS</c>), what it is about (<c>items[0]</c>) and why.</summary>
public sealed record PreconditionViolation(string Type, string Subject, string Description);

/// <summary>The request is valid but the recorded state forbids it, e.g. a conflict with <c>reject_conflicts</c> (gRPC <c>FAILED_PRECONDITION</c>).</summary>
public sealed class PreconditionFailedException(string reason, string message, IReadOnlyList<PreconditionViolation> violations)
    : RosterException(reason, message)
{
    /// <summary>What failed the precondition (one entry per warning that was turned into a failure).</summary>
    public IReadOnlyList<PreconditionViolation> Violations { get; } = violations;
}
