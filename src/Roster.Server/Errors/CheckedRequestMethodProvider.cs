using System.Reflection;
using Grpc.AspNetCore.Server.Model;
using Grpc.Core;

namespace Roster.Server.Errors;

/// <summary>
/// Binds the methods of a gRPC service as Grpc.AspNetCore's own binder does (the generated <c>BindService</c>, one
/// invoker per method found on <typeparamref name="TService"/>, the service's and method's attributes as endpoint
/// metadata), but with a request marshaller whose decoding failures are noted for
/// <see cref="MalformedRequestInterceptor"/> instead of thrown (<see cref="MalformedRequests"/>). Registered in place
/// of the framework's binder by <see cref="CheckedRequestRegistration.AddCheckedRequests"/>.
/// </summary>
public sealed class CheckedRequestMethodProvider<TService>(IHttpContextAccessor accessor) : IServiceMethodProvider<TService>
    where TService : class
{
    /// <inheritdoc />
    public void OnServiceMethodDiscovery(ServiceMethodProviderContext<TService> context)
    {
        var bind = typeof(TService).GetCustomAttribute<BindServiceMethodAttribute>(inherit: true);
        var method = bind?.BindType.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .FirstOrDefault(m => m.Name == bind.BindMethodName && m.GetParameters() is [{ ParameterType: var binder }, _] && binder == typeof(ServiceBinderBase));
        method?.Invoke(null, [new Binder(context, accessor), null]);
    }

    private sealed class Binder(ServiceMethodProviderContext<TService> context, IHttpContextAccessor accessor) : ServiceBinderBase
    {
        public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, UnaryServerMethod<TRequest, TResponse>? handler) =>
            context.AddUnaryMethod(Checked(method), Metadata(method, out var target, typeof(TRequest), typeof(ServerCallContext)),
                Invoker<Grpc.AspNetCore.Server.Model.UnaryServerMethod<TService, TRequest, TResponse>>(target));

        public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, ServerStreamingServerMethod<TRequest, TResponse>? handler) =>
            context.AddServerStreamingMethod(Checked(method),
                Metadata(method, out var target, typeof(TRequest), typeof(IServerStreamWriter<TResponse>), typeof(ServerCallContext)),
                Invoker<Grpc.AspNetCore.Server.Model.ServerStreamingServerMethod<TService, TRequest, TResponse>>(target));

        public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, ClientStreamingServerMethod<TRequest, TResponse>? handler) =>
            context.AddClientStreamingMethod(method,
                Metadata(method, out var target, typeof(IAsyncStreamReader<TRequest>), typeof(ServerCallContext)),
                Invoker<Grpc.AspNetCore.Server.Model.ClientStreamingServerMethod<TService, TRequest, TResponse>>(target));

        public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, DuplexStreamingServerMethod<TRequest, TResponse>? handler) =>
            context.AddDuplexStreamingMethod(method,
                Metadata(method, out var target, typeof(IAsyncStreamReader<TRequest>), typeof(IServerStreamWriter<TResponse>), typeof(ServerCallContext)),
                Invoker<Grpc.AspNetCore.Server.Model.DuplexStreamingServerMethod<TService, TRequest, TResponse>>(target));

        // Streamed requests are read inside the handler, where the error interceptor already translates failures.
        private Method<TRequest, TResponse> Checked<TRequest, TResponse>(Method<TRequest, TResponse> method)
            where TRequest : class where TResponse : class =>
            new(method.Type, method.ServiceName, method.Name,
                Marshallers.Create(method.RequestMarshaller.ContextualSerializer,
                    MalformedRequests.Deserializer(method.RequestMarshaller.ContextualDeserializer, accessor)),
                method.ResponseMarshaller);

        private static List<object> Metadata(IMethod method, out MethodInfo target, params Type[] parameters)
        {
            target = typeof(TService).GetMethod(method.Name, parameters)
                ?? throw new InvalidOperationException($"{typeof(TService).Name} has no method {method.Name}");
            var metadata = new List<object>();
            metadata.AddRange(typeof(TService).GetCustomAttributes(inherit: true));
            metadata.AddRange(target.GetCustomAttributes(inherit: true));
            metadata.Add(new HttpMethodMetadata(["POST"], acceptCorsPreflight: true));
            return metadata;
        }

        private static TDelegate Invoker<TDelegate>(MethodInfo target) where TDelegate : Delegate =>
            (TDelegate)Delegate.CreateDelegate(typeof(TDelegate), target);
    }
}
