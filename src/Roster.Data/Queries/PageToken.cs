using System.Globalization;
using System.Text;
using Roster.Domain.Errors;

namespace Roster.Data.Queries;

/// <summary>Opaque page tokens (AIP-158, docs/decisions.md 69): the last sort key of the page before (keyset paging, for lists
/// read from an index) or the offset of the next page (lists built in memory), base64url-encoded with a kind tag that
/// carries a hash of the filter, so a token of one list or filter is refused by another. A malformed token is
/// INVALID_ARGUMENT on <c>page_token</c>.</summary>
public static class PageToken
{
    /// <summary>Reason code of a malformed token.</summary>
    public const string InvalidReason = "PAGE_TOKEN_INVALID";

    /// <summary>The kind of a list with its filter (AIP-158: a token is valid only with the request that produced it):
    /// the list name plus a short hash of the filter values.</summary>
    public static string KindOf(string list, params object?[] filter)
    {
        var text = string.Join("\u001f", filter.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? ""));
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12];
        return $"{list}-{hash}";
    }

    /// <summary>The token for the page after the row whose sort key is <paramref name="after"/> (keyset paging, <see cref="Keyset"/>).</summary>
    public static string Encode(string kind, IReadOnlyList<string> after) =>
        Url($"{kind}:k:{System.Text.Json.JsonSerializer.Serialize(after)}");

    /// <summary>Where the page <paramref name="token"/> names starts: after a sort key, or at an offset of a list built in memory;
    /// <see cref="PageCursor.First"/> for an empty token. <see cref="InvalidInputException"/> for a token of another list or filter.</summary>
    public static PageCursor DecodeCursor(string kind, string? token)
    {
        if (string.IsNullOrEmpty(token)) return PageCursor.First;
        var text = Text(token);
        if (text is not null && text.StartsWith(kind + ":k:", StringComparison.Ordinal))
        {
            try
            {
                if (System.Text.Json.JsonSerializer.Deserialize<string[]>(text[(kind.Length + 3)..]) is { } key && key.All(v => v is not null))
                    return new PageCursor(key, 0);
            }
            catch (System.Text.Json.JsonException)
            {
            }
            throw Invalid();
        }
        return new PageCursor(null, Decode(kind, token));
    }

    /// <summary>The token of <paramref name="next"/> (keyset or offset), or "" on the last page.</summary>
    public static string Encode(string kind, PageCursor? next) =>
        next is null ? "" : next.After is { } after ? Encode(kind, after) : Encode(kind, next.Offset);

    /// <summary>The refusal of a token this list did not return for this filter.</summary>
    public static InvalidInputException Invalid() =>
        new(InvalidReason, "page_token", "page_token is not a token this list returned for this filter");

    private static string Url(string text) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string? Text(string token)
    {
        try
        {
            var base64 = token.Replace('-', '+').Replace('_', '/');
            base64 = base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '=');
            return Encoding.UTF8.GetString(Convert.FromBase64String(base64));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>The token for the page starting at <paramref name="offset"/> of list <paramref name="kind"/>.</summary>
    public static string Encode(string kind, int offset) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{kind}:{offset.ToString(CultureInfo.InvariantCulture)}"))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The offset in <paramref name="token"/> (0 for an empty token); throws <see cref="InvalidInputException"/>.</summary>
    public static int Decode(string kind, string? token)
    {
        if (string.IsNullOrEmpty(token)) return 0;
        try
        {
            var base64 = token.Replace('-', '+').Replace('_', '/');
            base64 = base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '=');
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(base64));
            var parts = text.Split(':');
            if (parts.Length == 2 && parts[0] == kind && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
                return offset;
        }
        catch (FormatException)
        {
        }
        throw new InvalidInputException(InvalidReason, "page_token", "page_token is not a token this list returned for this filter");
    }

    /// <summary>The page size to use: <paramref name="requested"/>, else <paramref name="defaultSize"/>, at most <paramref name="max"/>; negative is INVALID_ARGUMENT.</summary>
    public static int Size(int requested, int defaultSize, int max)
    {
        if (requested < 0) throw new InvalidInputException("PAGE_SIZE_INVALID", "page_size", "page_size must not be negative");
        return requested == 0 ? defaultSize : Math.Min(requested, max);
    }
}
