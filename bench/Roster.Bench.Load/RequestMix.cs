using Google.Type;
using Roster.Bench.Dataset;
using Roster.Protos.V1;

namespace Roster.Bench.Load;

/// <summary>The questions the driver asks, drawn from the generated dataset's organisations: the head half of
/// the time, else a title (deputy, executive deputy, chief engineer), on a date within the dataset's years.</summary>
public static class RequestMix
{
    /// <summary><paramref name="count"/> requests, deterministic for <paramref name="seed"/>.</summary>
    public static IReadOnlyList<ListOfficeholdersRequest> Build(DatasetShape shape, int count, int seed)
    {
        var generator = new DatasetGenerator(shape);
        var random = new Random(seed);
        var requests = new List<ListOfficeholdersRequest>(count);
        var days = new DateOnly(2026, 1, 1).DayNumber - new DateOnly(shape.FirstYear, 1, 1).DayNumber;
        for (var i = 0; i < count; i++)
        {
            var (organization, head) = generator.OrganizationsOf(random.Next(shape.Jurisdictions)).ElementAt(random.Next(shape.Organizations));
            var asOf = DateOnly.FromDayNumber(new DateOnly(shape.FirstYear, 1, 1).DayNumber + random.Next(days));
            var request = new ListOfficeholdersRequest
            {
                Organization = organization,
                AsOf = new Date { Year = asOf.Year, Month = asOf.Month, Day = asOf.Day },
            };
            switch (random.Next(4))
            {
                case 0 or 1: request.Rank = PostRank.Head; break;
                case 2: request.Title = "副" + head; break;
                default: request.Title = random.Next(2) == 0 ? "常务副" + head : "总工程师"; break;
            }
            requests.Add(request);
        }
        return requests;
    }
}
