using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Roster.Server.Errors;

namespace Roster.Server.Tests.Crashes;

/// <summary>Both providers' "disk full" errors, however EF Core wraps them, are RESOURCE_EXHAUSTED STORAGE_FULL.</summary>
public class StorageFullTranslationTests
{
    public static TheoryData<string> Failures() => ["sqlite", "postgres", "sqlite in DbUpdateException", "postgres in DbUpdateException"];

    private static Exception Failure(string kind) => kind switch
    {
        "sqlite" => new Microsoft.Data.Sqlite.SqliteException("SQLite Error 13: 'database or disk is full'.", 13),
        "postgres" => new Npgsql.PostgresException("could not extend file: No space left on device", "ERROR", "ERROR", "53100"),
        _ => new DbUpdateException("An error occurred while saving the entity changes.", Failure(kind.Split(' ')[0])),
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void Is_resource_exhausted_storage_full(string kind)
    {
        var translated = StatusTranslation.Translate(Failure(kind));

        Assert.NotNull(translated);
        Assert.Equal(StatusCode.ResourceExhausted, translated.StatusCode);
        Assert.StartsWith("storage full", translated.Status.Detail);
        Assert.Equal(StatusTranslation.StorageFullReason, translated.GetRpcStatus()!.GetDetail<Google.Rpc.ErrorInfo>()!.Reason);
    }

    [Fact]
    public void Another_sqlite_error_is_not_storage_full()
    {
        Assert.Null(StatusTranslation.Translate(new Microsoft.Data.Sqlite.SqliteException("SQLite Error 5: 'database is locked'.", 5)));
    }
}
