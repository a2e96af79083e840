using System.Security.Cryptography;
using System.Text;

namespace Roster.Server.Security;

/// <summary>
/// The shape of an API key: <c>rk_PREFIX_SECRET</c>, with a 10-character public prefix (for lookup and revocation)
/// and 43 characters (256 bits) of secret, both base64url. Only a SHA-256 of the whole key is stored: the key is
/// random and long, so a fast hash cannot be searched backwards, and lookup by prefix keeps verification one row.
/// </summary>
public static class ApiKeySecret
{
    /// <summary>Every key starts with this.</summary>
    public const string Marker = "rk_";

    /// <summary>Length of the public prefix.</summary>
    public const int PrefixLength = 10;

    /// <summary>A new random key and its prefix.</summary>
    public static (string Key, string Prefix) Generate()
    {
        var prefix = Base64Url(RandomNumberGenerator.GetBytes(8))[..PrefixLength].Replace('_', 'x').Replace('-', 'y');
        return ($"{Marker}{prefix}_{Base64Url(RandomNumberGenerator.GetBytes(32))}", prefix);
    }

    /// <summary>The prefix of a well-formed key, or null for anything else.</summary>
    public static string? PrefixOf(string? key)
    {
        if (key is null || key.Length > 100 || !key.StartsWith(Marker, StringComparison.Ordinal)) return null;
        var rest = key.AsSpan(Marker.Length);
        var separator = rest.IndexOf('_');
        return separator == PrefixLength ? rest[..separator].ToString() : null;
    }

    /// <summary>SHA-256 of the key, lower-case hex.</summary>
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>True when <paramref name="key"/> hashes to <paramref name="storedHash"/> (constant time).</summary>
    public static bool Matches(string key, string storedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(key)), Encoding.ASCII.GetBytes(storedHash));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
