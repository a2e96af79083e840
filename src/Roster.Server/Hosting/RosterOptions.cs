namespace Roster.Server.Hosting;

/// <summary>The <c>Roster</c> configuration section.</summary>
public sealed class RosterOptions
{
    /// <summary>Section name.</summary>
    public const string Section = "Roster";

    /// <summary>Directory with the seed gazettes and reference tables; default <c>seed/</c> beside the server binary.</summary>
    public string? SeedDirectory { get; set; }

    /// <summary>Import the seed gazettes at start (each file once, by content hash). Default on.</summary>
    public bool ImportSeed { get; set; } = true;

    /// <summary>Also import the group rosters the seed gazettes print (and the attestations their title text makes). Default on;
    /// off gives the "orders alone" state that seed-facts.yaml <c>officeholders</c> describe.</summary>
    public bool ImportRosters { get; set; } = true;

    /// <summary>Queries without credentials are allowed. Default on (the embedded default); writes always need a key.</summary>
    public bool AllowAnonymousReads { get; set; } = true;

    /// <summary>Plain HTTP (h2c and the HTTP/1.1 JSON endpoint) on addresses other than loopback. Default off: use
    /// https:// with <see cref="Tls"/> there.</summary>
    public bool AllowPlaintextOffLoopback { get; set; }

    /// <summary>The HTTP/1.1 endpoint for JSON transcoding and the OpenAPI document; empty to turn it off.</summary>
    public string HttpUrl { get; set; } = RosterServer.DefaultHttpUrl;

    /// <summary>The endpoint serving Prometheus metrics at <c>/metrics</c>; empty to turn it off.</summary>
    public string MetricsUrl { get; set; } = RosterServer.DefaultMetricsUrl;

    /// <summary>The jurisdiction's time zone (an IANA id): "today", the default date of queries and the latest date a
    /// confirmation may carry, is the calendar date there (docs/time.md), not on the server's clock.</summary>
    public string TimeZone { get; set; } = Roster.Domain.Time.JurisdictionCalendar.DefaultZoneId;

    /// <summary>The certificate for https:// endpoints.</summary>
    public TlsOptions Tls { get; set; } = new();

    /// <summary>Per-caller request limits.</summary>
    public RateLimitOptions RateLimit { get; set; } = new();

    /// <summary>JWT bearer tokens from an external issuer, as an alternative to API keys; off unless configured.</summary>
    public JwtOptions Jwt { get; set; } = new();

    /// <summary>The seed directory to use.</summary>
    public string ResolvedSeedDirectory => string.IsNullOrWhiteSpace(SeedDirectory)
        ? Path.Combine(AppContext.BaseDirectory, "seed")
        : Path.GetFullPath(SeedDirectory);
}

/// <summary><c>Roster:Tls</c>: the server certificate, a PKCS#12 file or a PEM certificate with its key.</summary>
public sealed class TlsOptions
{
    /// <summary>Path of a .pfx/.p12 file, or of a PEM certificate (with <see cref="KeyPath"/>).</summary>
    public string? CertificatePath { get; set; }

    /// <summary>Path of the PEM private key, when <see cref="CertificatePath"/> is PEM.</summary>
    public string? KeyPath { get; set; }

    /// <summary>Password of the .pfx file, if any.</summary>
    public string? Password { get; set; }
}

/// <summary><c>Roster:RateLimit</c>: a fixed window per API key (per client address for anonymous calls).</summary>
public sealed class RateLimitOptions
{
    /// <summary>Requests allowed per key in each window; 0 turns the limiter off. Default 600.</summary>
    public int PermitLimit { get; set; } = 600;

    /// <summary>The window, in seconds. Default 60.</summary>
    public int WindowSeconds { get; set; } = 60;
}

/// <summary><c>Roster:Jwt</c>: bearer tokens of an external issuer. The token carries the office in claim
/// <c>roster_office</c> and the role in <c>roster_role</c>.</summary>
public sealed class JwtOptions
{
    /// <summary>The issuer (OpenID Connect authority) whose signing keys are fetched; null turns JWT off unless <see cref="SigningKey"/> is set.</summary>
    public string? Authority { get; set; }

    /// <summary>The audience tokens must name.</summary>
    public string? Audience { get; set; }

    /// <summary>A base64 HMAC-SHA256 key to validate tokens with instead of fetching the authority's keys (offline deployments, tests).
    /// The issuer must then equal <see cref="Authority"/> when that is set.</summary>
    public string? SigningKey { get; set; }

    /// <summary>True when JWT bearer tokens are accepted.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(Authority) || !string.IsNullOrWhiteSpace(SigningKey);
}
