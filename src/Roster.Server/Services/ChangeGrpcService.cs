using AutoMapper;
using Grpc.Core;
using Roster.Data.Changes;
using Roster.Domain.Errors;
using Roster.Protos.V1;

namespace Roster.Server.Services;

/// <summary>
/// roster.v1.ChangeService: the change feed. A watch replays the stored changes after the cursor in batches of
/// <see cref="BatchSize"/>, then waits for a commit in this process (<see cref="ChangeSignal"/>) or
/// <see cref="PollInterval"/> (writes of another server on the same database) and reads again, until the call is
/// cancelled (the stream just ends) or the server stops (UNAVAILABLE, so the client reconnects with its last cursor).
/// Cursors are the <c>changes</c> ids, which are commit order because writes are serialised (docs/decisions.md).
/// </summary>
public sealed class ChangeGrpcService(IMapper mapper, ChangeFeed feed, Data.Queries.PeopleQueries people, ChangeSignal signal,
    IHostApplicationLifetime lifetime)
    : ChangeService.ChangeServiceBase
{
    /// <summary>Reason code of a cursor below 0 or beyond the newest change.</summary>
    public const string CursorReason = "CURSOR_INVALID";

    /// <summary>Most changes read per query.</summary>
    public const int BatchSize = 500;

    /// <summary>How long a watch waits without a signal before it looks again.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    /// <inheritdoc />
    public override async Task WatchChanges(WatchChangesRequest request, IServerStreamWriter<WatchChangesResponse> responseStream, ServerCallContext context)
    {
        if (request.SinceCursor < 0) throw new InvalidInputException(CursorReason, "since_cursor", "since_cursor must be 0 or a cursor the feed returned");
        var organization = RequestText.Optional(request.Organization, "organization");
        var person = RequestText.Optional(request.Person, "person");
        // A person id follows that person, not every bearer of the name; NOT_FOUND when no person has it.
        long? personId = null;
        if (person is not null && PersonIds.TryRead(person, "person", out var id))
        {
            _ = await people.AnsweringIdsAsync(id.Value, context.CancellationToken);
            (personId, person) = (id.Value, null);
        }
        // A cursor the feed never returned would otherwise wait in silence until the feed grew past it, skipping
        // every change up to it.
        var last = await feed.LastCursorAsync(context.CancellationToken);
        if (request.SinceCursor > last)
            throw new InvalidInputException(CursorReason, "since_cursor", $"since_cursor {request.SinceCursor} is beyond the newest change ({last}); give 0 or a cursor the feed returned");
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken, lifetime.ApplicationStopping);
        var cursor = request.SinceCursor;
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var commit = signal.Next; // taken before the read, so a commit during the read is not missed
                // The ids answering as the person are read again each batch: a judgement during the watch may merge or separate.
                var ids = personId is { } followed ? (await people.AnsweringIdsAsync(followed, stop.Token)).Ids : null;
                var batch = await feed.ReadAfterAsync(cursor, organization, person, BatchSize, stop.Token, ids);
                foreach (var change in batch)
                {
                    await responseStream.WriteAsync(new WatchChangesResponse { Change = mapper.Map<Change>(change) }, stop.Token);
                    cursor = change.Cursor;
                }
                if (batch.Count < BatchSize) await Task.WhenAny(commit, Task.Delay(PollInterval, stop.Token));
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
        if (lifetime.ApplicationStopping.IsCancellationRequested && !context.CancellationToken.IsCancellationRequested)
            throw new RpcException(new Status(StatusCode.Unavailable, $"the server is shutting down; watch again from cursor {cursor}"));
    }
}
