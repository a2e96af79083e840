using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Roster.Server.Security;

/// <summary>
/// Authenticates an API key sent as <c>authorization: Bearer rk_…</c> or <c>x-api-key: rk_…</c>. No key: no result
/// (anonymous). An unknown, malformed or revoked key, or an <c>x-api-key</c> beside an <c>authorization</c> header that
/// says something else: failure, which <see cref="AccessInterceptor"/> answers with UNAUTHENTICATED whatever the method.
/// </summary>
public sealed class ApiKeyAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyStore keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The scheme name.</summary>
    public const string SchemeName = "ApiKey";

    /// <summary>The header that carries a bare key.</summary>
    public const string Header = "x-api-key";

    /// <summary>The reason given for two credentials in one request.</summary>
    public const string AmbiguousReason = "CREDENTIALS_AMBIGUOUS";

    /// <summary>The reason given for a key that is unknown, malformed or revoked.</summary>
    public const string InvalidReason = "CREDENTIALS_INVALID";

    private static readonly object FailureKey = new();

    /// <summary>Why authentication of <paramref name="http"/>'s request failed (reason and message), or null when it did
    /// not fail here (no key, or a key that passed).</summary>
    public static (string Reason, string Message)? FailureOf(HttpContext http) =>
        http.Items.TryGetValue(FailureKey, out var failure) && failure is (string reason, string message) ? (reason, message) : null;

    /// <summary>The key sent with <paramref name="request"/>, or null.</summary>
    public static string? KeyOf(HttpRequest request)
    {
        if (request.Headers[Header].FirstOrDefault() is { Length: > 0 } bare) return bare.Trim();
        var authorization = request.Headers.Authorization.FirstOrDefault();
        return authorization is not null && authorization.StartsWith("Bearer " + ApiKeySecret.Marker, StringComparison.OrdinalIgnoreCase)
            ? authorization["Bearer ".Length..].Trim()
            : null;
    }

    /// <inheritdoc />
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (KeyOf(Request) is not { } key) return AuthenticateResult.NoResult();
        // The same header twice with two values is two credentials as well; the first would otherwise win unseen. HTTP
        // clients often fold repeated fields into one line ("rk_a, rk_b"); a key never holds a comma, so a comma is two.
        if (Request.Headers[Header].Distinct(StringComparer.Ordinal).Count() > 1 || Request.Headers.Authorization.Distinct(StringComparer.Ordinal).Count() > 1
            || key.Contains(','))
            return Fail(AmbiguousReason, "two credentials: a header sent twice with different values; send one");
        // Two credentials that may name two offices: acting on either would be a guess about who is calling.
        if (Request.Headers[Header].FirstOrDefault() is { Length: > 0 } && Request.Headers.Authorization.FirstOrDefault() is { Length: > 0 } authorization
            && !string.Equals(authorization.Trim(), "Bearer " + key, StringComparison.OrdinalIgnoreCase))
            return Fail(AmbiguousReason, "two credentials: x-api-key and authorization; send one");
        var stored = await keys.FindValidAsync(key, Context.RequestAborted);
        if (stored is null) return Fail(InvalidReason, "the API key is unknown, malformed, expired or revoked");
        var identity = new ClaimsIdentity(
        [
            new Claim(Caller.KeyClaim, stored.Prefix),
            new Claim(Caller.OfficeClaim, stored.Office),
            new Claim(Caller.RoleClaim, stored.Role),
        ], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    private AuthenticateResult Fail(string reason, string message)
    {
        Context.Items[FailureKey] = (reason, message);
        return AuthenticateResult.Fail(message);
    }
}
