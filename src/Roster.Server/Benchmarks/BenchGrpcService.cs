using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Roster.Domain.Tenures;
using Roster.Protos.V1;
using DomainRank = Roster.Domain.Posts.PostRank;

namespace Roster.Server.Benchmarks;

/// <summary>roster.v1.BenchService: the two baselines of the load benchmark (issue 7), mapped only when
/// <c>Roster:Benchmarks=true</c>. <c>Ping</c> does nothing (the transport limit); <c>RawListOfficeholders</c>
/// answers from <see cref="RawOfficeholderStatements"/> with a hand-written response (the storage limit).</summary>
public sealed class BenchGrpcService(RawOfficeholderStatements statements) : BenchService.BenchServiceBase
{
    private static readonly Task<Empty> Nothing = Task.FromResult(new Empty());

    /// <inheritdoc />
    public override Task<Empty> Ping(Empty request, ServerCallContext context) => Nothing;

    /// <inheritdoc />
    public override Task<ListOfficeholdersResponse> RawListOfficeholders(ListOfficeholdersRequest request, ServerCallContext context)
    {
        if (request.AsOf is null || string.IsNullOrEmpty(request.Organization)
            || request.PostCase == ListOfficeholdersRequest.PostOneofCase.None)
            throw new RpcException(new Status(StatusCode.InvalidArgument, "organization, title or rank, and as_of are required"));
        var asOf = new DateOnly(request.AsOf.Year, request.AsOf.Month, request.AsOf.Day);
        var title = request.PostCase == ListOfficeholdersRequest.PostOneofCase.Title ? request.Title : null;
        var answer = statements.Answer(request.Organization, title, (DomainRank)(int)request.Rank, asOf);
        var response = new ListOfficeholdersResponse
        {
            Organization = request.Organization,
            AsOf = request.AsOf,
            Coverage = answer.Coverage switch
            {
                Domain.Tenures.Coverage.Held => Protos.V1.Coverage.Held,
                Domain.Tenures.Coverage.Vacant => Protos.V1.Coverage.Vacant,
                _ => Protos.V1.Coverage.Unknown,
            },
        };
        foreach (var t in answer.Holders) response.Officeholders.Add(ToProto(t));
        return Task.FromResult(response);
    }

    private static Protos.V1.Tenure ToProto(Domain.Tenures.Tenure t)
    {
        var tenure = new Protos.V1.Tenure
        {
            Person = t.Person,
            Organization = t.Post.Organization,
            Title = t.Post.Title,
            Rank = (Protos.V1.PostRank)(int)t.Post.Rank,
            StartKnown = t.StartKnown,
            KnownSince = Date(t.KnownSince),
            RetainsRank = t.RetainsRank,
            Concurrent = t.Concurrent,
            Acting = t.Acting,
            StartedBy = t.StartedBy ?? "",
            EndedBy = t.EndedBy ?? "",
            AttestedBy = t.AttestedBy ?? "",
        };
        if (t.StartOn is { } start) tenure.StartOn = Date(start);
        if (t.EndOn is { } end) tenure.EndOn = Date(end);
        if (t.ProbationUntil is { } probation) tenure.ProbationUntil = Date(probation);
        return tenure;
    }

    private static Google.Type.Date Date(DateOnly d) => new() { Year = d.Year, Month = d.Month, Day = d.Day };
}
