using System.Linq.Expressions;
using Roster.Data.Entities;
using Roster.Domain.Posts;
using Roster.Domain.Tenures;

namespace Roster.Data.Ledger;

/// <summary>
/// The one map between a domain <see cref="Tenure"/> and its stored row (<see cref="TenureEntity"/>), both ways. Reading
/// is written once, as the expression <see cref="Fields"/>: queries use it translated to SQL (<see cref="Projection"/>),
/// code holding loaded rows uses it compiled (<see cref="ToDomain(TenureEntity, string, Post)"/>). Writing is
/// <see cref="ToEntity"/>; callers link the post and person. A field added to <see cref="Tenure"/> is added here, in
/// both directions, and nowhere else (the round-trip test sets every field and fails on one dropped).
/// </summary>
public static class TenureRows
{
    /// <summary>The row's dates, flags and sources for <paramref name="tenure"/> (post and person not set).</summary>
    public static TenureEntity ToEntity(this Tenure tenure) => new()
    {
        StartOn = tenure.StartOn,
        StartPrecision = tenure.StartPrecision,
        KnownSince = tenure.KnownSince,
        EndOn = tenure.EndOn,
        EndPrecision = tenure.EndPrecision,
        ProbationUntil = tenure.ProbationUntil,
        RetainsRank = tenure.RetainsRank,
        Concurrent = tenure.Concurrent,
        Acting = tenure.Acting,
        StartedBy = tenure.StartedBy,
        EndedBy = tenure.EndedBy,
        AttestedBy = tenure.AttestedBy,
        ConfirmedOn = tenure.ConfirmedOn,
        ConfirmedBy = tenure.ConfirmedBy,
        PersonId = tenure.PersonId ?? 0,
    };

    /// <summary>The tenure a row is, given its holder's name and its post: the single list of fields read back.</summary>
    public static readonly Expression<Func<TenureEntity, string, Post, Tenure>> Fields = (t, person, post) => new Tenure
    {
        Person = person,
        PersonId = t.PersonId,
        Post = post,
        StartOn = t.StartOn,
        StartPrecision = t.StartPrecision,
        KnownSince = t.KnownSince,
        EndOn = t.EndOn,
        EndPrecision = t.EndPrecision,
        ProbationUntil = t.ProbationUntil,
        RetainsRank = t.RetainsRank,
        Concurrent = t.Concurrent,
        Acting = t.Acting,
        StartedBy = t.StartedBy,
        EndedBy = t.EndedBy,
        AttestedBy = t.AttestedBy,
        ConfirmedOn = t.ConfirmedOn,
        ConfirmedBy = t.ConfirmedBy,
    };

    private static readonly Func<TenureEntity, string, Post, Tenure> Read = Fields.Compile();

    /// <summary><see cref="Fields"/> as a query projection, translated to SQL: the person and post read through the row's
    /// navigations.</summary>
    public static readonly Expression<Func<TenureEntity, Tenure>> Projection = ProjectionOf(Fields);

    /// <summary>The tenure a loaded row is, held by <paramref name="person"/> on <paramref name="post"/>.</summary>
    public static Tenure ToDomain(this TenureEntity row, string person, Post post) => Read(row, person, post);

    /// <summary>The tenure a loaded row is, on <paramref name="post"/> (the row's person loaded).</summary>
    public static Tenure ToDomain(this TenureEntity row, Post post) => Read(row, row.Person.Name, post);

    /// <summary>The tenure a loaded row is as a post's timeline knows it: its holder by name, without the person id the derivation
    /// never sets, so a stored tenure and the same tenure derived again are equal.</summary>
    public static Tenure ToTimeline(this TenureEntity row, Post post) => row.ToDomain(post) with { PersonId = null };

    private static Expression<Func<TenureEntity, Tenure>> ProjectionOf(Expression<Func<TenureEntity, string, Post, Tenure>> fields)
    {
        var row = fields.Parameters[0];
        Expression<Func<TenureEntity, string>> person = t => t.Person.Name;
        Expression<Func<TenureEntity, Post>> post = t => new Post(t.Post.Organization.Name, t.Post.Title, t.Post.Rank);
        var body = new Substitution(new Dictionary<ParameterExpression, Expression>
        {
            [fields.Parameters[1]] = new Substitution(new() { [person.Parameters[0]] = row }).Visit(person.Body),
            [fields.Parameters[2]] = new Substitution(new() { [post.Parameters[0]] = row }).Visit(post.Body),
        }).Visit(fields.Body);
        return Expression.Lambda<Func<TenureEntity, Tenure>>(body, row);
    }

    /// <summary>Replaces parameters of an expression by other expressions.</summary>
    private sealed class Substitution(Dictionary<ParameterExpression, Expression> replacements) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            replacements.TryGetValue(node, out var replacement) ? replacement : node;
    }
}
