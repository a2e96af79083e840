using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Roster.Domain.Tenures;
using Roster.Bench.Protos;
using Roster.Protos.V1;
using DomainRank = Roster.Domain.Posts.PostRank;

namespace Roster.Bench.Server;

/// <summary>roster.bench.v1.BenchService: the two baselines of the load benchmark (docs/performance.md), served only
/// by the benchmark host. <c>GetEmpty</c> does nothing (the transport limit); <c>ListOfficeholdersRaw</c>
/// answers from <see cref="RawOfficeholderStatements"/> with a hand-written response (the storage limit).</summary>
public sealed class BenchGrpcService(RawOfficeholderStatements statements) : BenchService.BenchServiceBase
{
    private static readonly Task<Empty> Nothing = Task.FromResult(new Empty());

    /// <inheritdoc />
    public override Task<Empty> GetEmpty(Empty request, ServerCallContext context) => Nothing;

    /// <inheritdoc />
    public override Task<ListOfficeholdersResponse> ListOfficeholdersRaw(ListOfficeholdersRequest request, ServerCallContext context)
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
                Roster.Domain.Tenures.Coverage.Held => Roster.Protos.V1.Coverage.Held,
                Roster.Domain.Tenures.Coverage.Vacant => Roster.Protos.V1.Coverage.Vacant,
                _ => Roster.Protos.V1.Coverage.Unknown,
            },
        };
        foreach (var t in answer.Holders) response.Officeholders.Add(ToProto(t));
        return Task.FromResult(response);
    }

    private static Roster.Protos.V1.Tenure ToProto(Roster.Domain.Tenures.Tenure t)
    {
        var tenure = new Roster.Protos.V1.Tenure
        {
            Person = t.Person,
            Organization = t.Post.Organization,
            Title = t.Post.Title,
            Rank = (Roster.Protos.V1.PostRank)(int)t.Post.Rank,
            StartKnown = t.StartKnown,
            KnownSince = Date(t.KnownSince),
            RetainsRank = t.RetainsRank,
            Concurrent = t.Concurrent,
            Acting = t.Acting,
            StartedBy = t.StartedBy ?? "",
            EndedBy = t.EndedBy ?? "",
            AttestedBy = t.AttestedBy ?? "",
            PersonId = t.PersonId is { } id ? new Roster.Domain.People.PersonId(id).ToString() : "",
        };
        if (t.StartOn is { } start) tenure.StartOn = Date(start);
        if (t.EndOn is { } end) tenure.EndOn = Date(end);
        if (t.ProbationUntil is { } probation) tenure.ProbationUntil = Date(probation);
        return tenure;
    }

    private static Google.Type.Date Date(DateOnly d) => new() { Year = d.Year, Month = d.Month, Day = d.Day };
}
