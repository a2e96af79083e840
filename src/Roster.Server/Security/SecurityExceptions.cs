using Roster.Domain.Errors;

namespace Roster.Server.Security;

/// <summary>No valid credentials for a call that needs them: missing, unknown, malformed or revoked (gRPC <c>UNAUTHENTICATED</c>).</summary>
public sealed class UnauthenticatedException(string reason, string message) : RosterException(reason, message);
