using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;
using Roster.Server.Hosting;

namespace Roster.Server.Security;

/// <summary>Registers authentication: API keys always, JWT bearer tokens when <c>Roster:Jwt</c> is configured.</summary>
public static class SecurityRegistration
{
    /// <summary>The policy scheme that picks API key or JWT per request.</summary>
    public const string Scheme = "Roster";

    /// <summary>Adds the key store, the filing authority, the access interceptor and the authentication schemes.</summary>
    public static IServiceCollection AddRosterSecurity(this IServiceCollection services, RosterOptions options)
    {
        services.AddScoped<ApiKeyStore>();
        services.AddSingleton<FilingAuthority>();
        services.AddSingleton<AccessInterceptor>();
        var jwt = options.Jwt;
        var authentication = services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "API key or JWT", o => o.ForwardDefaultSelector = context =>
                jwt.Enabled && ApiKeyAuthentication.KeyOf(context.Request) is null
                && context.Request.Headers.Authorization.FirstOrDefault()?.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) == true
                    ? JwtBearerDefaults.AuthenticationScheme
                    : ApiKeyAuthentication.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null);
        if (jwt.Enabled)
        {
            authentication.AddJwtBearer(o =>
            {
                o.MapInboundClaims = false;
                o.Audience = jwt.Audience;
                o.TokenValidationParameters.ValidateAudience = !string.IsNullOrWhiteSpace(jwt.Audience);
                o.TokenValidationParameters.RoleClaimType = Caller.RoleClaim;
                if (!string.IsNullOrWhiteSpace(jwt.SigningKey))
                {
                    o.TokenValidationParameters.IssuerSigningKey = new SymmetricSecurityKey(Convert.FromBase64String(jwt.SigningKey));
                    o.TokenValidationParameters.ValidIssuer = jwt.Authority;
                    o.TokenValidationParameters.ValidateIssuer = !string.IsNullOrWhiteSpace(jwt.Authority);
                }
                else
                {
                    o.Authority = jwt.Authority;
                }
            });
        }
        return services;
    }

}
