using AutoMapper;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Roster.Domain.Errors;

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

    /// <summary>The RpcException to send for <paramref name="exception"/>, or null when it is not ours to translate.</summary>
    public static RpcException? Translate(Exception exception)
    {
        while (exception is AutoMapperMappingException { InnerException: { } inner }) exception = inner;
        return exception switch
        {
            RpcException => null,
            InvalidInputException e => Build(Code.InvalidArgument, e, new BadRequest
            {
                FieldViolations = { e.Violations.Select(v => new BadRequest.Types.FieldViolation { Field = v.Field, Description = v.Description }) },
            }),
            NotFoundException e => Build(Code.NotFound, e),
            AlreadyExistsException e => Build(Code.AlreadyExists, e),
            PreconditionFailedException e => Build(Code.FailedPrecondition, e, new PreconditionFailure
            {
                Violations = { e.Subjects.Select(s => new PreconditionFailure.Types.Violation { Type = e.Reason, Subject = s, Description = e.Message }) },
            }),
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

    private static RpcException Build(Code code, RosterException e, Google.Protobuf.IMessage? detail = null)
    {
        var status = new Google.Rpc.Status
        {
            Code = (int)code,
            Message = e.Message,
            Details = { Any.Pack(new ErrorInfo { Reason = e.Reason, Domain = Domain }) },
        };
        if (detail is not null) status.Details.Add(Any.Pack(detail));
        return status.ToRpcException();
    }
}
