using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Modernize.Model.Graph;

namespace Modernize.Extraction.Walking;

/// <summary>
/// DI registration by convention, resolved statically where it is simple (docs/cells.md, "Run-time wiring"): Autofac
/// <c>RegisterAssemblyTypes(assemblies)</c> and Scrutor <c>FromAssemblyOf&lt;T&gt;()</c>/<c>FromAssembliesOf(…)</c>/<c>FromAssemblies(…)</c>
/// followed by <c>AddClasses(filter)</c>. The assemblies must be named by a type (<c>typeof(X).Assembly</c>,
/// <c>FromAssemblyOf&lt;X&gt;</c>) or be the registering code's own (<c>ThisAssembly</c>, <c>GetType().Assembly</c>,
/// <c>Assembly.GetExecutingAssembly()</c>, <c>FromExecutingAssembly()</c>); the candidates are the solution's concrete classes
/// in them, kept by the chain's filters (<see cref="ConventionFilters"/>). Each matched type gets one edge from the registering
/// type and one from each service the chain registers it as (<c>As&lt;I&gt;</c>, <c>AsImplementedInterfaces</c>,
/// <c>AsClosedTypesOf</c>, <c>AsMatchingInterface</c>). A convention with any part not understood draws nothing.
/// </summary>
internal sealed class ConventionRegistrations(DocumentContext context)
{
    private static readonly HashSet<string> ScrutorSources = new(StringComparer.Ordinal)
    {
        "FromAssemblyOf", "FromAssembliesOf", "FromAssemblies", "FromExecutingAssembly", "FromCallingAssembly",
    };

    private readonly Dictionary<IAssemblySymbol, List<INamedTypeSymbol>> classes = new(SymbolEqualityComparer.Default);

    public void Invocation(INamedTypeSymbol owner, IInvocationOperation operation)
    {
        var method = operation.TargetMethod;
        var ns = method.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        if (method.Name == "RegisterAssemblyTypes" && ns.StartsWith("Autofac", StringComparison.Ordinal))
        {
            var assemblies = AssembliesOf(operation.Arguments.Skip(method.IsExtensionMethod ? 1 : 0).Select(a => a.Value), owner);
            Register(owner, operation, assemblies, [.. ChainAbove(operation)], publicOnly: false);
        }
        else if (ScrutorSources.Contains(method.Name) && ns.StartsWith("Scrutor", StringComparison.Ordinal))
        {
            List<IAssemblySymbol?>? assemblies = method.Name switch
            {
                "FromAssemblyOf" => [.. method.TypeArguments.Select(t => t.ContainingAssembly)],
                "FromExecutingAssembly" or "FromCallingAssembly" => [owner.ContainingAssembly],
                _ => AssembliesOf(operation.Arguments.Select(a => a.Value), owner),
            };

            // One source, then one selection per AddClasses until the next source (which is read on its own).
            var chain = ChainAbove(operation).TakeWhile(c => !ScrutorSources.Contains(c.TargetMethod.Name)).ToList();
            for (var start = chain.FindIndex(c => c.TargetMethod.Name == "AddClasses"); start >= 0;)
            {
                var next = chain.FindIndex(start + 1, c => c.TargetMethod.Name == "AddClasses");
                var selection = chain[start..(next < 0 ? chain.Count : next)];
                var publicOnly = chain[start].Arguments.All(a => a.Value.ConstantValue is not { HasValue: true, Value: false });
                Register(owner, operation, assemblies, FilterCalls(chain[start]) is { } filters ? [.. filters, .. selection.Skip(1)] : [null], publicOnly);
                start = next;
            }
        }
    }

    /// <param name="chain">The calls that filter and register the scanned types; a null entry means a filter that could not be read.</param>
    private void Register(INamedTypeSymbol owner, IInvocationOperation at, List<IAssemblySymbol?>? assemblies, List<IInvocationOperation?> chain, bool publicOnly)
    {
        if (assemblies is null || assemblies.Count == 0 || assemblies.Any(a => a is null))
        {
            return;
        }

        var filters = new List<Func<INamedTypeSymbol, bool>>();
        foreach (var call in chain)
        {
            if (call is null || ConventionFilters.Of(call) is not { } filter)
            {
                return;
            }

            filters.Add(filter);
        }

        var matched = assemblies.Distinct(SymbolEqualityComparer.Default).Cast<IAssemblySymbol>()
            .SelectMany(ClassesOf)
            .Where(t => (!publicOnly || t.DeclaredAccessibility == Accessibility.Public) && filters.All(f => f(t)))
            .ToList();
        foreach (var type in matched)
        {
            context.Wire(owner, type, DependencyKind.DependencyRegistration, at.Syntax);
            foreach (var service in chain.SelectMany(c => ServicesOf(c!, type)).Distinct(SymbolEqualityComparer.Default))
            {
                context.Wire(service as ITypeSymbol, type, DependencyKind.DependencyRegistration, at.Syntax);
            }
        }
    }

    /// <summary>The services a registering call gives a matched type.</summary>
    private static IEnumerable<INamedTypeSymbol> ServicesOf(IInvocationOperation call, INamedTypeSymbol type) => call.TargetMethod.Name switch
    {
        "AsImplementedInterfaces" or "AsSelfWithInterfaces" => type.AllInterfaces,
        "AsMatchingInterface" => type.AllInterfaces.Where(i => i.Name == "I" + type.Name),
        "AsClosedTypesOf" => ConventionFilters.TypeOfArguments(call).SelectMany(open => Closed(type, open)),
        "As" => call.TargetMethod.TypeArguments.OfType<INamedTypeSymbol>().Concat(ConventionFilters.TypeOfArguments(call))
            .Where(s => ConventionFilters.IsAssignableTo(type, s)),
        _ => [],
    };

    private static IEnumerable<INamedTypeSymbol> Closed(INamedTypeSymbol type, INamedTypeSymbol open)
    {
        var definition = open.OriginalDefinition;
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, definition))
            {
                yield return current;
            }
        }

        foreach (var implemented in type.AllInterfaces.Where(i => SymbolEqualityComparer.Default.Equals(i.OriginalDefinition, definition)))
        {
            yield return implemented;
        }
    }

    /// <summary>Scrutor's <c>AddClasses(c =&gt; c.AssignableTo&lt;I&gt;().InNamespaceOf&lt;T&gt;())</c>: the filter calls in order; null when the lambda is not a plain chain.</summary>
    private static List<IInvocationOperation>? FilterCalls(IInvocationOperation addClasses)
    {
        if (addClasses.Arguments.Select(a => ConventionFilters.Unwrap(a.Value)).OfType<IAnonymousFunctionOperation>().FirstOrDefault() is not { } lambda)
        {
            return addClasses.Arguments.Any(a => ConventionFilters.Unwrap(a.Value) is not ILiteralOperation and not IDefaultValueOperation) ? null : [];
        }

        var statements = lambda.Body.Operations.Where(o => o is not IReturnOperation { ReturnedValue: null }).ToList();
        if (statements is not [var single])
        {
            return null;
        }

        var outer = single switch
        {
            IExpressionStatementOperation statement => statement.Operation,
            IReturnOperation returned => returned.ReturnedValue,
            _ => null,
        };
        var calls = new List<IInvocationOperation>();
        for (var current = outer is null ? null : ConventionFilters.Unwrap(outer); current is IInvocationOperation call; current = Receiver(call))
        {
            calls.Insert(0, call);
        }

        return calls.Count > 0 && Receiver(calls[0]) is IParameterReferenceOperation ? calls : null;
    }

    private static IOperation? Receiver(IInvocationOperation call)
    {
        var receiver = call.Instance ?? (call.TargetMethod.IsExtensionMethod && call.Arguments.Length > 0 ? call.Arguments[0].Value : null);
        return receiver is null ? null : ConventionFilters.Unwrap(receiver);
    }

    /// <summary>The calls chained on <paramref name="start"/>'s result, innermost first (instance and extension-method forms).</summary>
    private static IEnumerable<IInvocationOperation> ChainAbove(IInvocationOperation start)
    {
        IOperation current = start;
        while (true)
        {
            var parent = current.Parent;
            while (parent is IConversionOperation { IsImplicit: true } or IParenthesizedOperation)
            {
                current = parent;
                parent = parent.Parent;
            }

            if (parent is IInvocationOperation instanceCall && ReferenceEquals(instanceCall.Instance, current))
            {
                current = instanceCall;
            }
            else if (parent is IArgumentOperation { Parameter.Ordinal: 0, Parent: IInvocationOperation { TargetMethod.IsExtensionMethod: true } extension })
            {
                current = extension;
            }
            else
            {
                yield break;
            }

            yield return (IInvocationOperation)current;
        }
    }

    /// <summary>The assemblies named by the arguments; a null entry for one that cannot be known statically; null when there are none.</summary>
    private List<IAssemblySymbol?>? AssembliesOf(IEnumerable<IOperation> arguments, INamedTypeSymbol owner)
    {
        var result = new List<IAssemblySymbol?>();
        foreach (var argument in arguments.Select(ConventionFilters.Unwrap))
        {
            var values = argument is IArrayCreationOperation { Initializer: { } init } ? init.ElementValues.Select(ConventionFilters.Unwrap) : [argument];
            result.AddRange(values.Select(v => AssemblyOf(v, owner, MaxIndirections)));
        }

        return result.Count == 0 ? null : result;
    }

    /// <summary>How many locals or read-only fields an assembly may be passed through (<c>var asm = typeof(X).Assembly;</c>, <c>Assemblies.Application</c>).</summary>
    private const int MaxIndirections = 2;

    private IAssemblySymbol? AssemblyOf(IOperation value, INamedTypeSymbol owner, int indirections) => value switch
    {
        // typeof(X).Assembly, typeof(X).GetTypeInfo().Assembly, GetType().Assembly
        IPropertyReferenceOperation { Property.Name: "Assembly", Instance: { } instance } => TypeNamed(ConventionFilters.Unwrap(instance), owner)?.ContainingAssembly,

        // Autofac Module.ThisAssembly
        IPropertyReferenceOperation { Property.Name: "ThisAssembly", Instance: null or IInstanceReferenceOperation } => owner.ContainingAssembly,
        IInvocationOperation { TargetMethod.Name: "GetExecutingAssembly" or "GetCallingAssembly" } => owner.ContainingAssembly,
        IInvocationOperation { TargetMethod.Name: "GetAssembly" } call when call.Arguments.Length == 1 => TypeNamed(ConventionFilters.Unwrap(call.Arguments[0].Value), owner)?.ContainingAssembly,
        ITypeOfOperation typeOf => typeOf.TypeOperand.ContainingAssembly, // FromAssembliesOf(typeof(X))
        ILocalReferenceOperation local when indirections > 0 && Initializers.Of(local.Local, context.Model) is { } initial => AssemblyOf(ConventionFilters.Unwrap(initial), owner, indirections - 1),
        IFieldReferenceOperation { Field.IsReadOnly: true } field when indirections > 0 && Initializers.Of(field.Field, context.Model) is { } initial
            => AssemblyOf(ConventionFilters.Unwrap(initial), field.Field.ContainingType, indirections - 1),
        _ => null,
    };

    private static ITypeSymbol? TypeNamed(IOperation operation, INamedTypeSymbol owner) => operation switch
    {
        ITypeOfOperation typeOf => typeOf.TypeOperand,
        IInvocationOperation { TargetMethod.Name: "GetTypeInfo", Arguments: [var only] } => TypeNamed(ConventionFilters.Unwrap(only.Value), owner),
        IInvocationOperation { TargetMethod.Name: "GetType", Instance: null or IInstanceReferenceOperation, Arguments.Length: 0 } => owner,
        _ => null,
    };

    /// <summary>The concrete, closed classes of an assembly that are declared in source (a referenced project's, or this one's).</summary>
    private List<INamedTypeSymbol> ClassesOf(IAssemblySymbol assembly)
    {
        if (!classes.TryGetValue(assembly, out var list))
        {
            list = [];
            var pending = new Stack<INamespaceOrTypeSymbol>([assembly.GlobalNamespace]);
            while (pending.Count > 0)
            {
                foreach (var member in pending.Pop().GetMembers().OfType<INamespaceOrTypeSymbol>())
                {
                    if (member is INamedTypeSymbol type)
                    {
                        if (type is { TypeKind: Microsoft.CodeAnalysis.TypeKind.Class, IsAbstract: false, IsStatic: false, IsGenericType: false, IsImplicitlyDeclared: false }
                            && type.Locations.Any(l => l.IsInSource))
                        {
                            list.Add(type);
                        }
                    }

                    pending.Push(member);
                }
            }

            classes[assembly] = list;
        }

        return list;
    }
}
