namespace Roster.Domain.Posts;

/// <summary>
/// A kind of organisation recognised by how its name ends, with the titles that head it
/// (one row of <c>seed/organization-kinds.yaml</c>).
/// </summary>
/// <param name="Name">Kind name, e.g. <c>bureau</c>, <c>leading_group</c>.</param>
/// <param name="Suffixes">Name endings that mark the kind, e.g. <c>局</c>.</param>
/// <param name="HeadTitles">Titles of rank HEAD, e.g. <c>局长</c>.</param>
/// <param name="PortfolioTitle">For a government, the title of its deputies who hold portfolios (<c>副市长</c>); null otherwise.</param>
public sealed record OrganizationKind(string Name, IReadOnlyList<string> Suffixes, IReadOnlyList<string> HeadTitles, string? PortfolioTitle = null);
