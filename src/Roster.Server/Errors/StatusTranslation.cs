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
            _ when IsStorageFull(exception) => StorageFull(),
            OperationCanceledException => new RpcException(new Grpc.Core.Status(StatusCode.Cancelled, "the call was cancelled or its deadline passed")),
            _ => null,
        };
    }

    /// <summary>The ErrorInfo reason of a write refused because the database cannot grow.</summary>
    public const string StorageFullReason = "STORAGE_FULL";

    /// <summary>
    /// RESOURCE_EXHAUSTED <c>STORAGE_FULL</c>: the disk (or SQLite's <c>Roster:SqliteMaxSizeKiB</c> cap, or
    /// PostgreSQL's volume) is full. The write's transaction rolled back, so nothing of it was stored; reads go on,
    /// and writes succeed again once space is freed, without a restart. Over HTTP/JSON this is 429, the standard
    /// mapping of the code (docs/decisions.md, "Storage full").
    /// </summary>
    public static RpcException StorageFull() => new Google.Rpc.Status
    {
        Code = (int)Code.ResourceExhausted,
        Message = "storage full: the database cannot grow, so nothing of this call was stored; an operator must free disk space (reads still work)",
        Details = { Any.Pack(new ErrorInfo { Reason = StorageFullReason, Domain = Domain }) },
    }.ToRpcException();

    // SQLITE_FULL (13) is "database or disk is full", including a max_page_count cap; 53100 is PostgreSQL's disk_full.
    // EF Core wraps either in a DbUpdateException, and a failed commit may wrap it in an InvalidOperationException.
    private static bool IsStorageFull(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 13 }
                or Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.DiskFull })
                return true;
        }
        return false;
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

    /// <summary>The ErrorInfo of <paramref name="e"/>; a refusal of one part of the request names it in the metadata key
    /// <c>field</c> (AIP-193: ErrorInfo metadata carries the context a client acts on).</summary>
    private static ErrorInfo ErrorInfoOf(RosterException e)
    {
        var info = new ErrorInfo { Reason = e.Reason, Domain = Domain };
        if (e is PermissionDeniedException { Field: { } field }) info.Metadata["field"] = Cap(field);
        return info;
    }

    private static string Cap(string text) => text.Length <= MaxTextLength ? text : text[..MaxTextLength] + "…";

    private static RpcException Build(Code code, RosterException e, Google.Protobuf.IMessage? detail = null)
    {
        var status = new Google.Rpc.Status
        {
            Code = (int)code,
            Message = Cap(e.Message),
            Details = { Any.Pack(ErrorInfoOf(e)) },
        };
        if (detail is not null) status.Details.Add(Any.Pack(detail));
        return status.ToRpcException();
    }
}
