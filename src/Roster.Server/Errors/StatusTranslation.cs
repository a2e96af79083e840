using AutoMapper;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Roster.Domain.Errors;
using Roster.Server.Security;

namespace Roster.Server.Errors;

/// <summary>
/// The one place that turns exceptions into gRPC statuses (AIP-193): a <c>google.rpc.Status</c> with an
/// <c>ErrorInfo</c> (stable reason, domain <c>roster</c>) plus <c>BadRequest</c> or <c>PreconditionFailure</c>
/// details. Unexpected exceptions become INTERNAL with no internals in the message.
/// </summary>
public static class StatusTranslation
{
    /// <summary>The ErrorInfo domain of every Roster error.</summary>
    public const string Domain = "roster";

    /// <summary>Most field violations sent; the rest are counted in one last violation. Status details travel in a
    /// response trailer, and clients drop trailers over 64 KiB.</summary>
    public const int MaxViolations = 50;

    /// <summary>Longest message or description sent, in characters.</summary>
    public const int MaxTextLength = 300;

    /// <summary>The RpcException to send for <paramref name="exception"/>, or null when it is not ours to translate.</summary>
    public static RpcException? Translate(Exception exception)
    {
        while (exception is AutoMapperMappingException { InnerException: { } inner }) exception = inner;
        return exception switch
        {
            RpcException => null,
            InvalidInputException e => Build(Code.InvalidArgument, e, BadRequestOf(e.Violations)),
            NotFoundException e => Build(Code.NotFound, e),
            AlreadyExistsException e => Build(Code.AlreadyExists, e),
            UnauthenticatedException e => Build(Code.Unauthenticated, e),
            PermissionDeniedException e => Build(Code.PermissionDenied, e),
            PreconditionFailedException e => Build(Code.FailedPrecondition, e, new PreconditionFailure
            {
                Violations =
                {
                    e.Violations.Take(MaxViolations).Select(v => new PreconditionFailure.Types.Violation
                    {
                        Type = v.Type, Subject = Cap(v.Subject), Description = Cap(v.Description),
                    }),
                },
            }),
            // PostgreSQL refuses U+0000 in text (SQLite stores it): such a value names nothing stored and is bad input.
            Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.CharacterNotInRepertoire } => Translate(
                new InvalidInputException("TEXT_INVALID", "request", "text must not contain U+0000 (NUL)")),
            OperationCanceledException => new RpcException(new Grpc.Core.Status(StatusCode.Cancelled, "the call was cancelled or its deadline passed")),
            _ => null,
        };
    }

    /// <summary>The INTERNAL status sent for an unexpected failure, naming only the trace id.</summary>
    public static RpcException Internal(string traceId) => new Google.Rpc.Status
    {
        Code = (int)Code.Internal,
        Message = $"internal error; the server log has the details under trace id {traceId}",
        Details = { Any.Pack(new ErrorInfo { Reason = "INTERNAL", Domain = Domain }) },
    }.ToRpcException();

    private static BadRequest BadRequestOf(IReadOnlyList<FieldViolation> violations)
    {
        var request = new BadRequest
        {
            FieldViolations = { violations.Take(MaxViolations).Select(v => new BadRequest.Types.FieldViolation { Field = Cap(v.Field), Description = Cap(v.Description) }) },
        };
        if (violations.Count > MaxViolations)
        {
            request.FieldViolations.Add(new BadRequest.Types.FieldViolation
            {
                Field = "order",
                Description = $"{violations.Count - MaxViolations} more invalid fields not listed",
            });
        }
        return request;
    }

    private static string Cap(string text) => text.Length <= MaxTextLength ? text : text[..MaxTextLength] + "…";

    private static RpcException Build(Code code, RosterException e, Google.Protobuf.IMessage? detail = null)
    {
        var status = new Google.Rpc.Status
        {
            Code = (int)code,
            Message = Cap(e.Message),
            Details = { Any.Pack(new ErrorInfo { Reason = e.Reason, Domain = Domain }) },
        };
        if (detail is not null) status.Details.Add(Any.Pack(detail));
        return status.ToRpcException();
    }
}
