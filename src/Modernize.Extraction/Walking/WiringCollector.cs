using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Modernize.Extraction.Data;
using Modernize.Model.Graph;

namespace Modernize.Extraction.Walking;

/// <summary>
/// Run-time wiring seen in one document, recorded as edges of the wiring kinds (docs/cells.md): a handler's message to the
/// handler (MediatR IRequestHandler/INotificationHandler and look-alikes; integration-event handlers and message consumers),
/// a DI registration's service to its implementation (MS.DI Add*/TryAdd* with two type arguments or two typeof arguments,
/// Autofac RegisterType&lt;T&gt;().As&lt;I&gt;(); assembly scanning by convention through <see cref="ConventionRegistrations"/>), a DbContext to the entity of each DbSet, and an EF entity configuration to its entity.
/// Links that need the whole solution (senders to handlers, users of an interface to its implementations, HTTP calls to the
/// endpoints they reach, whose two ends <see cref="HttpCollector"/> records) are drawn by <see cref="Collecting.WiringLinker"/>
/// and <see cref="Collecting.HttpEndpointLinker"/> once every document is walked.
/// </summary>
internal sealed class WiringCollector(DocumentContext context)
{
    private static readonly HashSet<string> MediatorHandlers = new(StringComparer.Ordinal)
    {
        "IRequestHandler", "INotificationHandler", "ICommandHandler", "IQueryHandler", "IEventHandler", "IDomainEventHandler",
        "IStreamRequestHandler", "IMessageHandler", "IHandler",
    };

    private static readonly HashSet<string> EventSubscribers = new(StringComparer.Ordinal)
    {
        "IIntegrationEventHandler", "IConsumer", "IHandleMessages", "IEventConsumer", "IIntegrationEventConsumer",
    };

    private readonly ConventionRegistrations conventions = new(context);
    private readonly HttpCollector http = new(context);

    public void TypeDeclared(INamedTypeSymbol type, SyntaxNode at)
    {
        http.TypeDeclared(type);
        if (type.TypeKind != Microsoft.CodeAnalysis.TypeKind.Class && type.TypeKind != Microsoft.CodeAnalysis.TypeKind.Struct)
        {
            return;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (implemented.TypeArguments.Length == 0 || implemented.TypeArguments[0] is not INamedTypeSymbol message)
            {
                continue;
            }

            var name = implemented.Name;
            if (EventSubscribers.Contains(name) || (MediatorHandlers.Contains(name) && message.Name.EndsWith("IntegrationEvent", StringComparison.Ordinal)))
            {
                context.Wire(message, type, DependencyKind.IntegrationEvent, at);
            }
            else if (MediatorHandlers.Contains(name))
            {
                context.Wire(message, type, DependencyKind.MediatorHandler, at);
            }
            else if (name == "IEntityTypeConfiguration")
            {
                context.Wire(type, message, DependencyKind.DbContextEntity, at);
            }
        }
    }

    public void MemberDeclared(INamedTypeSymbol owner, ITypeSymbol type, SyntaxNode at)
    {
        if (DataApis.IsEntitySet(type))
        {
            context.Wire(owner, ((INamedTypeSymbol)type).TypeArguments[0], DependencyKind.DbContextEntity, at);
        }
    }

    public void Invocation(INamedTypeSymbol owner, IInvocationOperation operation)
    {
        conventions.Invocation(owner, operation);
        http.Invocation(owner, operation);
        var method = operation.TargetMethod;
        if (IsServiceRegistration(method))
        {
            if (method.TypeArguments.Length == 2)
            {
                context.Wire(method.TypeArguments[0], method.TypeArguments[1], DependencyKind.DependencyRegistration, operation.Syntax);
            }
            else if (TypeOfArguments(operation) is [var service, var implementation, ..])
            {
                context.Wire(service, implementation, DependencyKind.DependencyRegistration, operation.Syntax);
            }
        }
        else if (method.Name == "As" && method.TypeArguments.Length >= 1 && RegisteredType(operation.Instance) is { } registered)
        {
            foreach (var service in method.TypeArguments)
            {
                context.Wire(service, registered, DependencyKind.DependencyRegistration, operation.Syntax);
            }
        }
    }

    /// <summary>An argument that may be a URL path an HTTP call goes to.</summary>
    public void Argument(INamedTypeSymbol owner, IArgumentOperation argument) => http.Argument(owner, argument);

    private static bool IsServiceRegistration(IMethodSymbol method) =>
        (method.Name.StartsWith("Add", StringComparison.Ordinal) || method.Name.StartsWith("TryAdd", StringComparison.Ordinal))
        && (method.Name.Contains("Scoped", StringComparison.Ordinal) || method.Name.Contains("Transient", StringComparison.Ordinal) || method.Name.Contains("Singleton", StringComparison.Ordinal))
        && method.ContainingNamespace?.ToDisplayString() is { } ns && ns.StartsWith("Microsoft.Extensions.DependencyInjection", StringComparison.Ordinal);

    private static List<ITypeSymbol> TypeOfArguments(IInvocationOperation operation) => operation.Arguments
        .Select(a => a.Value is IConversionOperation conversion ? conversion.Operand : a.Value)
        .OfType<ITypeOfOperation>()
        .Select(t => t.TypeOperand)
        .ToList();

    /// <summary>The T of the <c>RegisterType&lt;T&gt;()</c> an Autofac registration chain starts with, looking through calls in between.</summary>
    private static ITypeSymbol? RegisteredType(IOperation? receiver)
    {
        for (var current = receiver; current is IInvocationOperation call; current = call.Instance ?? (call.Arguments.Length > 0 ? call.Arguments[0].Value : null))
        {
            if (call.TargetMethod.Name == "RegisterType" && call.TargetMethod.TypeArguments.Length == 1)
            {
                return call.TargetMethod.TypeArguments[0];
            }
        }

        return null;
    }
}
