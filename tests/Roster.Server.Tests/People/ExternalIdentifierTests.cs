using Grpc.Core;
using Roster.Protos.V1;
using Roster.Testing.Hosting;

namespace Roster.Server.Tests.People;

/// <summary>External identifiers on people and organisations, and the lookup by identifier (docs/identity.md), over a seeded
/// server. The Wikidata ids are made up for the test.</summary>
public sealed class ExternalIdentifierTests(SeededServer server) : IClassFixture<SeededServer>
{
    [Fact]
    public async Task A_person_and_an_organisation_get_identifiers_found_by_lookup_and_shown_on_the_person()
    {
        var people = new PeopleService.PeopleServiceClient(server.Host.Channel);
        var yueJiang = (await new RosterService.RosterServiceClient(server.Host.Channel).GetPersonAsync(new GetPersonRequest { Name = "岳江" })).Person;

        var added = await people.AddExternalIdentifierAsync(new AddExternalIdentifierRequest { Subject = yueJiang.PersonId, Scheme = "Wikidata", Value = "Q9990001" });
        Assert.Equal(("wikidata", "Q9990001", yueJiang.PersonId, "岳江"),
            (added.ExternalIdentifier.Scheme, added.ExternalIdentifier.Value, added.ExternalIdentifier.Subject, added.ExternalIdentifier.DisplayName));
        // Again: the same answer, nothing added.
        await people.AddExternalIdentifierAsync(new AddExternalIdentifierRequest { Subject = yueJiang.PersonId, Scheme = "wikidata", Value = "Q9990001" });

        var bureau = await people.AddExternalIdentifierAsync(new AddExternalIdentifierRequest { Subject = "市公安局", Scheme = "wikidata", Value = "Q9990002" });
        Assert.Matches("^organizations/[1-9][0-9]*$", bureau.ExternalIdentifier.Subject);
        Assert.Equal("阳泉市公安局", bureau.ExternalIdentifier.DisplayName);
        // The id it answers with names it in a lookup, as the name did.
        var byId = Assert.Single((await people.ListExternalIdentifiersAsync(new ListExternalIdentifiersRequest { Subject = bureau.ExternalIdentifier.Subject })).ExternalIdentifiers);
        Assert.Equal("Q9990002", byId.Value);

        var found = Assert.Single((await people.ListExternalIdentifiersAsync(new ListExternalIdentifiersRequest { Scheme = "wikidata", Value = "Q9990001" })).ExternalIdentifiers);
        Assert.Equal(yueJiang.PersonId, found.Subject);
        Assert.Empty((await people.ListExternalIdentifiersAsync(new ListExternalIdentifiersRequest { Scheme = "wikidata", Value = "Q9990999" })).ExternalIdentifiers);

        var shown = (await new RosterService.RosterServiceClient(server.Host.Channel).GetPersonAsync(new GetPersonRequest { Name = yueJiang.PersonId })).Person;
        Assert.Equal("Q9990001", Assert.Single(shown.ExternalIdentifiers).Value);
    }

    [Fact]
    public async Task An_identifier_of_another_subject_a_bad_value_and_an_unknown_person_are_refused_and_audited()
    {
        var people = new PeopleService.PeopleServiceClient(server.Host.Channel);
        var roster = new RosterService.RosterServiceClient(server.Host.Channel);
        var miBingsheng = (await roster.GetPersonAsync(new GetPersonRequest { Name = "米炳生" })).Person.PersonId;
        var jinRunxi = (await roster.GetPersonAsync(new GetPersonRequest { Name = "靳润喜" })).Person.PersonId;
        await people.AddExternalIdentifierAsync(new AddExternalIdentifierRequest { Subject = miBingsheng, Scheme = "cped", Value = "M-1" });

        var taken = await Assert.ThrowsAsync<RpcException>(() =>
            people.AddExternalIdentifierAsync(new AddExternalIdentifierRequest { Subject = jinRunxi, Scheme = "cped", Value = "M-1" }).ResponseAsync);
        Assert.Equal(StatusCode.FailedPrecondition, taken.StatusCode);
        var bad = await Assert.ThrowsAsync<RpcException>(() =>
            people.AddExternalIdentifierAsync(new AddExternalIdentifierRequest { Subject = jinRunxi, Scheme = "wikidata", Value = "12345" }).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, bad.StatusCode);
        Assert.Equal("value", bad.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>()!.FieldViolations.Single().Field);
        var unknown = await Assert.ThrowsAsync<RpcException>(() =>
            people.AddExternalIdentifierAsync(new AddExternalIdentifierRequest { Subject = "people/999999", Scheme = "cped", Value = "X-1" }).ResponseAsync);
        Assert.Equal(StatusCode.FailedPrecondition, unknown.StatusCode);
        Assert.Equal("subject", unknown.GetRpcStatus()!.GetDetail<Google.Rpc.PreconditionFailure>()!.Violations.Single().Subject);
        var nowhere = await Assert.ThrowsAsync<RpcException>(() =>
            people.AddExternalIdentifierAsync(new AddExternalIdentifierRequest { Subject = "organizations/999999", Scheme = "cped", Value = "X-1" }).ResponseAsync);
        Assert.Equal(StatusCode.FailedPrecondition, nowhere.StatusCode);

        Assert.Equal(miBingsheng, Assert.Single((await people.ListExternalIdentifiersAsync(new ListExternalIdentifiersRequest { Scheme = "cped", Value = "M-1" })).ExternalIdentifiers).Subject);
        Assert.Equal(0, server.Host.WithDatabase(db => db.ExternalIdentifiers.Count(e => e.Value == "X-1" || e.Value == "12345")));
        var audit = (await new AuditService.AuditServiceClient(server.Host.Channel).ListAuditEventsAsync(new ListAuditEventsRequest { PageSize = 1000 })).Events;
        Assert.True(audit.Count(e => e.Method == "roster.v1.PeopleService/AddExternalIdentifier" && e.Outcome == "FAILED") >= 4);
    }
}
