using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Modernize.Extraction.Walking;

/// <summary>
/// The type filters of Autofac assembly scanning and Scrutor's <c>AddClasses</c>, evaluated on symbols: <c>AssignableTo</c>,
/// <c>InNamespaceOf</c>/<c>InNamespace(s)</c>/<c>InExactNamespaceOf</c>/<c>NotInNamespaceOf</c>, <c>Except</c>,
/// <c>WithAttribute</c>/<c>WithoutAttribute</c>, and <c>Where</c> lambdas made of <c>&amp;&amp;</c>, <c>||</c>, <c>!</c> over
/// <c>t.Name</c>/<c>t.Namespace</c>/<c>t.FullName</c> compared with string constants (<c>==</c>, <c>StartsWith</c>,
/// <c>EndsWith</c>, <c>Contains</c>) and <c>IsAssignableTo&lt;T&gt;()</c>/<c>typeof(T).IsAssignableFrom(t)</c>. Anything else is
/// not resolved statically: <see cref="Of"/> returns null and the convention is left unlinked.
/// </summary>
internal static class ConventionFilters
{
    /// <summary>Chain calls that only configure what is registered, never which types: they pass every type.</summary>
    private static readonly HashSet<string> NotFilters = new(StringComparer.Ordinal)
    {
        "As", "AsSelf", "AsImplementedInterfaces", "AsMatchingInterface", "FindConstructorsWith", "UsingConstructor", "AutoActivate", "IfNotRegistered", "AsSelfWithInterfaces", "UsingRegistrationStrategy",
        "InstancePerLifetimeScope", "InstancePerDependency", "SingleInstance", "InstancePerRequest", "InstancePerMatchingLifetimeScope",
        "WithScopedLifetime", "WithTransientLifetime", "WithSingletonLifetime", "WithLifetime", "PropertiesAutowired", "OnActivated", "OnActivating",
        "OnRelease", "ExternallyOwned", "OwnedByLifetimeScope", "PreserveExistingDefaults", "Named", "Keyed", "WithMetadata", "WithParameter",
        "WithProperty", "AsWebApiActionFilterFor", "EnableInterfaceInterceptors", "EnableClassInterceptors",
    };

    /// <summary>The filter one chain call applies (null: a filter this reader cannot evaluate); calls that do not filter pass everything.</summary>
    public static Func<INamedTypeSymbol, bool>? Of(IInvocationOperation call)
    {
        var method = call.TargetMethod;
        var typeArgument = method.TypeArguments.FirstOrDefault() as INamedTypeSymbol ?? TypeOfArguments(call).FirstOrDefault();
        var strings = call.Arguments.Select(a => a.Value.ConstantValue).Where(c => c is { HasValue: true, Value: string }).Select(c => (string)c.Value!).ToList();
        return method.Name switch
        {
            "AssignableTo" or "AssignableToAny" when TypeOfArguments(call) is { Count: > 0 } types && method.TypeArguments.Length == 0 => t => types.Any(s => IsAssignableTo(t, s)),
            "AssignableTo" when typeArgument is not null => t => IsAssignableTo(t, typeArgument),
            "NotAssignableTo" when typeArgument is not null => t => !IsAssignableTo(t, typeArgument),
            "InNamespaceOf" when typeArgument is not null => t => InNamespace(t, Namespace(typeArgument), exact: false),
            "InExactNamespaceOf" when typeArgument is not null => t => InNamespace(t, Namespace(typeArgument), exact: true),
            "NotInNamespaceOf" when typeArgument is not null => t => !InNamespace(t, Namespace(typeArgument), exact: false),
            "InNamespace" or "InNamespaces" when strings.Count > 0 => t => strings.Any(ns => InNamespace(t, ns, exact: false)),
            "InExactNamespaces" when strings.Count > 0 => t => strings.Any(ns => InNamespace(t, ns, exact: true)),
            "Except" when typeArgument is not null => t => !SymbolEqualityComparer.Default.Equals(t, typeArgument.OriginalDefinition),
            "WithAttribute" when typeArgument is not null => t => HasAttribute(t, typeArgument),
            "WithoutAttribute" when typeArgument is not null => t => !HasAttribute(t, typeArgument),
            "PublicOnly" => t => t.DeclaredAccessibility == Accessibility.Public,

            // Autofac registers only the scanned types that close the open generic.
            "AsClosedTypesOf" when TypeOfArguments(call) is [var open] => t => IsAssignableTo(t, open),
            "Where" when call.Arguments.Select(a => Unwrap(a.Value)).OfType<IAnonymousFunctionOperation>().FirstOrDefault() is { } lambda => Lambda(lambda),
            _ when NotFilters.Contains(method.Name) || method.Name.StartsWith("InstancePer", StringComparison.Ordinal) => _ => true,
            _ => null,
        };
    }

    public static bool IsAssignableTo(INamedTypeSymbol type, INamedTypeSymbol service)
    {
        var target = service.OriginalDefinition;
        bool Same(INamedTypeSymbol candidate) => SymbolEqualityComparer.Default.Equals(service.IsUnboundGenericType ? candidate.OriginalDefinition : candidate, service.IsUnboundGenericType ? target : service)
            || SymbolEqualityComparer.Default.Equals(candidate.OriginalDefinition, target);
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (Same(current))
            {
                return true;
            }
        }

        return type.AllInterfaces.Any(Same);
    }

    public static List<INamedTypeSymbol> TypeOfArguments(IInvocationOperation call) => call.Arguments
        .SelectMany(a => Unwrap(a.Value) is IArrayCreationOperation { Initializer: { } init } ? init.ElementValues.Select(Unwrap) : [Unwrap(a.Value)])
        .OfType<ITypeOfOperation>()
        .Select(t => t.TypeOperand)
        .OfType<INamedTypeSymbol>()
        .ToList();

    public static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } or IParenthesizedOperation or IDelegateCreationOperation)
        {
            operation = operation switch
            {
                IConversionOperation conversion => conversion.Operand,
                IParenthesizedOperation parenthesized => parenthesized.Operand,
                IDelegateCreationOperation creation => creation.Target,
                _ => operation,
            };
        }

        return operation;
    }

    private static string Namespace(INamedTypeSymbol type) =>
        type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : string.Empty;

    private static bool InNamespace(INamedTypeSymbol type, string ns, bool exact)
    {
        var own = Namespace(type);
        return own == ns || (!exact && own.StartsWith(ns + ".", StringComparison.Ordinal));
    }

    private static bool HasAttribute(INamedTypeSymbol type, INamedTypeSymbol attribute) =>
        type.GetAttributes().Any(a => a.AttributeClass is { } c && IsAssignableTo(c, attribute));

    /// <summary>A <c>t =&gt; …</c> predicate with a single returned expression, or null when any part of it is not understood.</summary>
    private static Func<INamedTypeSymbol, bool>? Lambda(IAnonymousFunctionOperation lambda)
    {
        if (lambda.Symbol.Parameters is not [var parameter]
            || lambda.Body.Operations is not [IReturnOperation { ReturnedValue: { } returned }])
        {
            return null;
        }

        return Predicate(returned, parameter);
    }

    private static Func<INamedTypeSymbol, bool>? Predicate(IOperation operation, IParameterSymbol parameter)
    {
        switch (Unwrap(operation))
        {
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.And } both:
                return Predicate(both.LeftOperand, parameter) is { } l && Predicate(both.RightOperand, parameter) is { } r ? t => l(t) && r(t) : null;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalOr or BinaryOperatorKind.Or } either:
                return Predicate(either.LeftOperand, parameter) is { } l2 && Predicate(either.RightOperand, parameter) is { } r2 ? t => l2(t) || r2(t) : null;
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not:
                return Predicate(not.Operand, parameter) is { } inner ? t => !inner(t) : null;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } compare:
                var equals = compare.OperatorKind == BinaryOperatorKind.Equals;
                if (NameOf(compare.LeftOperand, parameter) is { } left && Constant(compare.RightOperand) is { } right)
                {
                    return t => (left(t) == right) == equals;
                }

                return NameOf(compare.RightOperand, parameter) is { } right2 && Constant(compare.LeftOperand) is { } left2 ? t => (right2(t) == left2) == equals : null;
            case IInvocationOperation call:
                return Call(call, parameter);
            default:
                return null;
        }
    }

    private static Func<INamedTypeSymbol, bool>? Call(IInvocationOperation call, IParameterSymbol parameter)
    {
        var method = call.TargetMethod;
        var receiver = call.Instance ?? (method.IsExtensionMethod && call.Arguments.Length > 0 ? call.Arguments[0].Value : null);
        var text = call.Arguments.Select(a => Constant(a.Value)).OfType<string>().FirstOrDefault();
        if (receiver is not null && NameOf(receiver, parameter) is { } name && text is not null)
        {
            return method.Name switch
            {
                "EndsWith" => t => name(t).EndsWith(text, StringComparison.Ordinal),
                "StartsWith" => t => name(t).StartsWith(text, StringComparison.Ordinal),
                "Contains" => t => name(t).Contains(text, StringComparison.Ordinal),
                "Equals" => t => name(t) == text,
                _ => null,
            };
        }

        var service = method.TypeArguments.FirstOrDefault() as INamedTypeSymbol ?? TypeOfArguments(call).FirstOrDefault();
        if (receiver is not null && IsParameter(receiver, parameter) && service is not null)
        {
            return method.Name switch
            {
                "IsAssignableTo" or "IsSubclassOf" => t => IsAssignableTo(t, service),
                "IsInNamespaceOf" => t => InNamespace(t, Namespace(service), exact: false),
                _ => null,
            };
        }

        if (receiver is not null && IsParameter(receiver, parameter) && method.Name == "IsInNamespace" && text is not null)
        {
            return t => InNamespace(t, text, exact: false);
        }

        // typeof(IService).IsAssignableFrom(t)
        if (method.Name == "IsAssignableFrom" && receiver is not null && Unwrap(receiver) is ITypeOfOperation { TypeOperand: INamedTypeSymbol assignable }
            && call.Arguments.Length == 1 && IsParameter(call.Arguments[0].Value, parameter))
        {
            return t => IsAssignableTo(t, assignable);
        }

        return null;
    }

    private static Func<INamedTypeSymbol, string>? NameOf(IOperation operation, IParameterSymbol parameter) =>
        Unwrap(operation) is IPropertyReferenceOperation { Instance: { } instance } property && IsParameter(instance, parameter)
            ? property.Property.Name switch
            {
                "Name" => t => t.MetadataName,
                "Namespace" => Namespace,
                "FullName" => t => Namespace(t) is { Length: > 0 } ns ? ns + "." + t.MetadataName : t.MetadataName,
                _ => null,
            }
            : null;

    private static bool IsParameter(IOperation operation, IParameterSymbol parameter) =>
        Unwrap(operation) is IParameterReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Parameter, parameter);

    private static string? Constant(IOperation operation) => Unwrap(operation).ConstantValue is { HasValue: true, Value: string value } ? value : null;
}
