namespace Roster.Domain.Posts;

/// <summary>
/// A post printed without its organisation's kind word (seed/organization-kinds.yaml <c>implied_organizations</c>):
/// "中华人民共和国驻法兰西共和国特命全权大使" is the head of 中华人民共和国驻法兰西共和国大使馆. The post splits when it ends
/// in <paramref name="Title"/>, the text before the title holds <paramref name="Marker"/> (驻) with something after it,
/// and that text plus <paramref name="Suffix"/> (大使馆) is of a known kind.
/// </summary>
/// <param name="Title">The title printed (特命全权大使).</param>
/// <param name="Marker">A word the printed organisation must hold (驻).</param>
/// <param name="Suffix">The kind word the organisation's canonical name ends with (大使馆).</param>
public sealed record ImpliedOrganization(string Title, string Marker, string Suffix);
