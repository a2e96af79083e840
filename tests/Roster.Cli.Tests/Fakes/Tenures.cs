using Google.Type;
using Roster.Protos.V1;

namespace Roster.Cli.Tests.Fakes;

/// <summary>Tenures from the seed facts, as the server would return them.</summary>
public static class Tenures
{
    public static Date On(int year, int month, int day) => new() { Year = year, Month = month, Day = day };

    /// <summary>靳润喜, 阳泉市公安局局长: start unknown, known since the 2022-01-05 roster, removed by 〔2022〕2号.</summary>
    public static Tenure JinRunxi() => new()
    {
        Person = "靳润喜",
        Organization = "阳泉市公安局",
        Title = "局长",
        Rank = PostRank.Head,
        StartKnown = false,
        KnownSince = On(2022, 1, 5),
        EndOn = On(2022, 1, 30),
        EndedBy = "阳政任字〔2022〕2号",
    };

    /// <summary>岳江, 阳泉市公安局国内安全保卫支队支队长 from 2022-01-12 on probation for a year.</summary>
    public static Tenure YueJiang() => new()
    {
        Person = "岳江",
        Organization = "阳泉市公安局国内安全保卫支队",
        Title = "支队长",
        Rank = PostRank.Head,
        StartKnown = true,
        StartOn = On(2022, 1, 12),
        KnownSince = On(2022, 1, 12),
        ProbationUntil = On(2023, 1, 12),
        StartedBy = "阳政任字〔2022〕1号",
    };
}
