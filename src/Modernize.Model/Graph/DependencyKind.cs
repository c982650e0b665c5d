namespace Modernize.Model.Graph;

/// <summary>Why one type depends on another.</summary>
public enum DependencyKind
{
    Inheritance,
    InterfaceImplementation,
    FieldType,
    PropertyType,
    ParameterType,
    ReturnType,
    ObjectCreation,
    MethodCall,
    MemberAccess,
    Attribute,
    GenericArgument,
    CatchOrThrow,
    StaticUse,
    LocalVariable,
    TypeCheck,

    // Run-time wiring, resolved statically (CodeGraph.Wiring, never in CodeGraph.Dependencies: they would close false cycles).

    /// <summary>A mediator request or notification, or the type sending it, to its handler (MediatR IRequestHandler, INotificationHandler and look-alikes).</summary>
    MediatorHandler,

    /// <summary>A DI registration: the service type to the implementation registered for it (MS.DI Add*, Autofac RegisterType().As()).</summary>
    DependencyRegistration,

    /// <summary>A type using an interface to the solution's implementations of it (weighted down by their number in the cells analysis).</summary>
    ImplementationBehindInterface,

    /// <summary>An integration event, or the type publishing it, to its subscribers (handlers of integration events, message consumers).</summary>
    IntegrationEvent,

    /// <summary>An EF DbContext to the entities of its DbSets and to their IEntityTypeConfiguration classes.</summary>
    DbContextEntity,

    /// <summary>A type calling an HTTP path (HttpClient or a wrapper) to the endpoint type whose route template the path matches.</summary>
    HttpEndpoint,
}
