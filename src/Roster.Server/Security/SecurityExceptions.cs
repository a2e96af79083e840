using Roster.Domain.Errors;

namespace Roster.Server.Security;

/// <summary>No valid credentials for a call that needs them: missing, unknown, malformed or revoked (gRPC <c>UNAUTHENTICATED</c>).</summary>
public sealed class UnauthenticatedException(string reason, string message) : RosterException(reason, message);

/// <summary>Valid credentials that do not allow this call (gRPC <c>PERMISSION_DENIED</c>).</summary>
public sealed class PermissionDeniedException(string reason, string message) : RosterException(reason, message);
