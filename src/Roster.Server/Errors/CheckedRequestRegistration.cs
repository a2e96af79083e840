using Grpc.AspNetCore.Server.Model;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Roster.Server.Errors;

/// <summary>Puts <see cref="CheckedRequestMethodProvider{TService}"/> in place of Grpc.AspNetCore's binder.</summary>
public static class CheckedRequestRegistration
{
    /// <summary>
    /// Replaces the framework's <c>BinderServiceMethodProvider</c> (registered by <c>AddGrpc</c>; call this after it)
    /// so that every gRPC method is bound once, with a checked request marshaller. Other providers (JSON
    /// transcoding) stay. Throws when the framework's binder is not found, so an upgrade that renames it fails at
    /// start rather than binding every method twice.
    /// </summary>
    public static IServiceCollection AddCheckedRequests(this IServiceCollection services)
    {
        var binder = services.SingleOrDefault(d => d.ServiceType == typeof(IServiceMethodProvider<>)
            && d.ImplementationType is { Name: var name } && name.StartsWith("BinderServiceMethodProvider", StringComparison.Ordinal))
            ?? throw new InvalidOperationException("Grpc.AspNetCore's BinderServiceMethodProvider is not registered; call AddGrpc first");
        services.Remove(binder);
        services.AddHttpContextAccessor();
        services.TryAddEnumerable(ServiceDescriptor.Singleton(typeof(IServiceMethodProvider<>), typeof(CheckedRequestMethodProvider<>)));
        services.AddSingleton<MalformedRequestInterceptor>();
        return services;
    }
}
