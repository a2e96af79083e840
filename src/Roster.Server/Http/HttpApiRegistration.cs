using Roster.Protos.V1;

namespace Roster.Server.Http;

/// <summary>The HTTP/JSON face of the gRPC services: JSON transcoding (google.api.http), typable dates and the OpenAPI document.</summary>
public static class HttpApiRegistration
{
    /// <summary>The services with HTTP routes.</summary>
    public static Google.Protobuf.Reflection.ServiceDescriptor[] Services => [OrderService.Descriptor, RosterService.Descriptor, GazetteService.Descriptor,
        ProbationService.Descriptor, AnomalyService.Descriptor, AuditService.Descriptor, ChangeService.Descriptor, GroupService.Descriptor,
        AdminService.Descriptor, PeopleService.Descriptor, OrganizationService.Descriptor];

    /// <summary>Adds JSON transcoding to the gRPC services.</summary>
    public static IServiceCollection AddRosterHttpApi(this IServiceCollection services)
    {
        // Error details (AIP-193) are Any messages: the JSON writer must know their types, or it fails with a 500.
        services.AddGrpc().AddJsonTranscoding(o =>
        {
            o.TypeRegistry = Google.Protobuf.Reflection.TypeRegistry.FromMessages(
                Google.Rpc.ErrorInfo.Descriptor, Google.Rpc.BadRequest.Descriptor, Google.Rpc.PreconditionFailure.Descriptor);
            // proto3 JSON mapping: int64 values are strings (a JavaScript number loses precision past 2^53), as the
            // OpenAPI document says and every other protobuf JSON writer does.
            o.JsonSettings.WriteInt64sAsStrings = true;
        });
        return services;
    }

    /// <summary>Checks typed query parameters (dates, timestamps, enums) and serves the OpenAPI document.</summary>
    public static WebApplication UseRosterHttpApi(this WebApplication app)
    {
        app.UseStatusBodies();
        app.UseStrictJsonBodies(Services);
        app.UseKnownQueryParameters(Services);
        app.UseTypedQueries(TypedQueries.FieldsOf(Services));
        var document = OpenApiDocument.For(Services).ToJsonString(new System.Text.Json.JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
        app.MapGet(OpenApiDocument.Path, () => Results.Text(document, "application/json"));
        return app;
    }
}
