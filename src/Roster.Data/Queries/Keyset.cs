using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;

namespace Roster.Data.Queries;

/// <summary>One column of a list's sort key (docs/decisions.md 69): how to read it from a row, its order, and its text
/// form in a page token (ISO 8601 dates, invariant integers, strings as stored).</summary>
/// <typeparam name="T">The row type.</typeparam>
public sealed class KeyColumn<T>
{
    private KeyColumn(LambdaExpression selector, bool descending, Func<T, string> read, Func<string, object> parse)
    {
        Selector = selector;
        Descending = descending;
        Read = read;
        Parse = parse;
    }

    /// <summary>The column as an expression over the row.</summary>
    public LambdaExpression Selector { get; }
    /// <summary>True when the list is ordered by this column from high to low.</summary>
    public bool Descending { get; }
    /// <summary>The column's value in a loaded row, as the token writes it.</summary>
    public Func<T, string> Read { get; }
    /// <summary>The token's text back to the column's value.</summary>
    public Func<string, object> Parse { get; }

    /// <summary>An integer column.</summary>
    public static KeyColumn<T> Of(Expression<Func<T, long>> selector, bool descending = false)
    {
        var read = selector.Compile();
        return new(selector, descending, r => read(r).ToString(CultureInfo.InvariantCulture), t => long.Parse(t, NumberStyles.None, CultureInfo.InvariantCulture));
    }

    /// <summary>A date column.</summary>
    public static KeyColumn<T> Of(Expression<Func<T, DateOnly>> selector, bool descending = false)
    {
        var read = selector.Compile();
        return new(selector, descending, r => read(r).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            t => DateOnly.ParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    /// <summary>A text column (compared as the database orders it).</summary>
    public static KeyColumn<T> Of(Expression<Func<T, string>> selector, bool descending = false)
    {
        var read = selector.Compile();
        return new(selector, descending, r => read(r), t => t);
    }
}

/// <summary>
/// Keyset (cursor) paging (docs/decisions.md 69, AIP-158): a page starts after the last row of the previous one, found by
/// comparing the sort key, so the cost of a page does not grow with how deep it is, and a row inserted or removed before
/// the cursor neither repeats nor skips a row after it. The sort key must end in a unique column.
/// </summary>
public static class Keyset
{
    private static readonly MethodInfo Compare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    /// <summary><paramref name="query"/> ordered by <paramref name="key"/>.</summary>
    public static IOrderedQueryable<T> OrderByKey<T>(this IQueryable<T> query, IReadOnlyList<KeyColumn<T>> key)
    {
        var ordered = Order(query, key[0], first: true);
        for (var i = 1; i < key.Count; i++) ordered = Order(ordered, key[i], first: false);
        return ordered;
    }

    /// <summary>The rows of <paramref name="query"/> after the row whose key <paramref name="cursor"/> carries (all for the first
    /// page), in key order. <see cref="Domain.Errors.InvalidInputException"/> (page_token) when the cursor is an offset or its
    /// values do not fit the key.</summary>
    public static IOrderedQueryable<T> After<T>(this IQueryable<T> query, IReadOnlyList<KeyColumn<T>> key, PageCursor cursor)
    {
        if (cursor.Offset != 0) throw PageToken.Invalid();
        if (cursor.After is not { } after) return query.OrderByKey(key);
        if (after.Count != key.Count) throw PageToken.Invalid();
        object[] values;
        try
        {
            values = key.Select((column, i) => column.Parse(after[i])).ToArray();
        }
        catch (FormatException)
        {
            throw PageToken.Invalid();
        }
        catch (OverflowException)
        {
            throw PageToken.Invalid();
        }
        var row = Expression.Parameter(typeof(T), "row");
        // The first column's bound on its own, implied by the comparison below, so an index on it can seek to the cursor.
        var first = Column(key[0], row);
        Expression? any = null;
        for (var i = 0; i < key.Count; i++)
        {
            // (k0 = v0 AND … AND k(i-1) = v(i-1) AND ki beyond vi)
            Expression clause = Beyond(Column(key[i], row), values[i], key[i].Descending);
            for (var j = i - 1; j >= 0; j--) clause = Expression.AndAlso(Equal(Column(key[j], row), values[j]), clause);
            any = any is null ? clause : Expression.OrElse(any, clause);
        }
        var bound = Bound(first, values[0], key[0].Descending);
        return query.Where(Expression.Lambda<Func<T, bool>>(Expression.AndAlso(bound, any!), row)).OrderByKey(key);
    }

    /// <summary>The key of <paramref name="row"/>, as a token carries it.</summary>
    public static IReadOnlyList<string> KeyOf<T>(T row, IReadOnlyList<KeyColumn<T>> key) => key.Select(column => column.Read(row)).ToList();

    private static Expression Column<T>(KeyColumn<T> column, ParameterExpression row) =>
        new Rebind(column.Selector.Parameters[0], row).Visit(column.Selector.Body);

    private static Expression Constant(Expression column, object value) =>
        // A closure member rather than a literal, so the providers send it as a parameter.
        Expression.Property(Expression.Constant(new Box(value)), nameof(Box.Value)) is var boxed ? Expression.Convert(boxed, column.Type) : null!;

    private static Expression Equal(Expression column, object value) => Expression.Equal(column, Constant(column, value));

    private static Expression Beyond(Expression column, object value, bool descending) => Comparison(column, value, descending, inclusive: false);

    private static Expression Bound(Expression column, object value, bool descending) => Comparison(column, value, descending, inclusive: true);

    // Past (or at, when inclusive) the value in the column's order; strings through string.Compare, which the providers
    // translate to the column's own comparison.
    private static Expression Comparison(Expression column, object value, bool descending, bool inclusive)
    {
        var constant = Constant(column, value);
        var (left, right) = column.Type == typeof(string)
            ? (Expression.Call(Compare, column, constant), (Expression)Expression.Constant(0))
            : (column, constant);
        return (descending, inclusive) switch
        {
            (false, false) => Expression.GreaterThan(left, right),
            (false, true) => Expression.GreaterThanOrEqual(left, right),
            (true, false) => Expression.LessThan(left, right),
            _ => Expression.LessThanOrEqual(left, right),
        };
    }

    private static IOrderedQueryable<T> Order<T>(IQueryable<T> query, KeyColumn<T> column, bool first)
    {
        var method = (first, column.Descending) switch
        {
            (true, false) => nameof(Queryable.OrderBy),
            (true, true) => nameof(Queryable.OrderByDescending),
            (false, false) => nameof(Queryable.ThenBy),
            _ => nameof(Queryable.ThenByDescending),
        };
        var call = Expression.Call(typeof(Queryable), method, [typeof(T), column.Selector.ReturnType], query.Expression, Expression.Quote(column.Selector));
        return (IOrderedQueryable<T>)query.Provider.CreateQuery<T>(call);
    }

    private sealed class Box(object value)
    {
        public object Value { get; } = value;
    }

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
