using System.Globalization;
using Roster.Domain.Tenures;

namespace Roster.Domain.People;

/// <summary>A person's career in one line, for telling namesakes apart in a list: the posts latest first, each with its
/// half-open span, e.g. <c>阳泉市财政局局长 (2023-01-05–)</c>, or for a start the records do not give
/// <c>盂县经济技术开发区管委会主任 (start unknown, known since 2022-01-28–2022-01-29)</c>.</summary>
public static class CareerSummary
{
    /// <summary>At most this many posts are named; more are counted (<c>… and 3 more</c>).</summary>
    public const int MaxPosts = 3;

    /// <summary>The summary of <paramref name="tenures"/>; "no tenure recorded" when there is none.</summary>
    public static string Of(IReadOnlyList<Tenure> tenures)
    {
        if (tenures.Count == 0) return "no tenure recorded";
        var latest = tenures.OrderByDescending(t => t.KnownSince).ThenBy(t => t.Post.Organization, StringComparer.Ordinal).ToList();
        var parts = latest.Take(MaxPosts).Select(t =>
            $"{t.Post.Organization}{t.Post.Title} ({Start(t)}–{(t.EndOn is { } end ? Day(end) : "")})");
        var text = string.Join("; ", parts);
        return latest.Count > MaxPosts ? $"{text}; and {latest.Count - MaxPosts} more" : text;
    }

    // A start the records do not give is not printed as one: the day it is known from reads as a start date otherwise.
    private static string Start(Tenure t) => t.StartOn is { } start ? Day(start) : $"start unknown, known since {Day(t.KnownSince)}";

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
