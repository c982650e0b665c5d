using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Modernize.Extraction.Http;

namespace Modernize.Extraction.Walking;

/// <summary>
/// The two ends of HTTP calls inside the solution, recorded per document and matched by
/// <see cref="Collecting.HttpEndpointLinker"/> once every document is walked: the routes endpoint types serve (attribute
/// routing on controllers and endpoint classes, <c>[Route]</c>/<c>[RoutePrefix]</c> on the class; minimal-API
/// <c>MapGet</c>/<c>MapPost</c>/… under <c>MapGroup</c> prefixes), and the URL paths types pass as arguments (to
/// <c>HttpClient</c> or any wrapper: a string with a <c>/</c>, or any string given to a parameter named like a URL).
/// </summary>
internal sealed partial class HttpCollector(DocumentContext context)
{
    private static readonly string[] Verbs = ["Get", "Post", "Put", "Delete", "Patch", "Head", "Options"];

    private static readonly HashSet<string> MapMethods = new(StringComparer.Ordinal)
    {
        "MapGet", "MapPost", "MapPut", "MapDelete", "MapPatch", "MapMethods", "Map",
    };

    /// <summary>Routes declared by attributes on <paramref name="type"/>'s methods, under its own or an inherited class route.</summary>
    public void TypeDeclared(INamedTypeSymbol type)
    {
        if (type.TypeKind != Microsoft.CodeAnalysis.TypeKind.Class || type.IsAbstract)
        {
            return;
        }

        var owner = context.IdOf(type);
        var controller = type.Name.EndsWith("Controller", StringComparison.Ordinal) ? type.Name[..^"Controller".Length] : type.Name;
        var prefixes = ClassRoutes(type).Select(p => p.Replace("[controller]", controller, StringComparison.OrdinalIgnoreCase)).ToList();
        var declared = false;
        foreach (var method in type.GetMembers().OfType<IMethodSymbol>().Where(m => m.MethodKind == MethodKind.Ordinary))
        {
            foreach (var attribute in method.GetAttributes())
            {
                if (RouteAttribute(attribute) is not { } verbName)
                {
                    continue;
                }

                declared = true;
                var verb = verbName.Length == 0 ? null : verbName.ToUpperInvariant();
                var template = attribute.ConstructorArguments is [{ Value: string text }, ..] ? text : string.Empty;
                template = template.Replace("[action]", method.Name.EndsWith("Async", StringComparison.Ordinal) ? method.Name[..^5] : method.Name, StringComparison.OrdinalIgnoreCase)
                    .Replace("[controller]", controller, StringComparison.OrdinalIgnoreCase);
                if (template.StartsWith('/') || template.StartsWith("~/", StringComparison.Ordinal) || prefixes.Count == 0)
                {
                    Add(owner, template, verb);
                }
                else
                {
                    foreach (var prefix in prefixes)
                    {
                        Add(owner, prefix + "/" + template, verb);
                    }
                }
            }
        }

        if (!declared)
        {
            foreach (var prefix in prefixes)
            {
                Add(owner, prefix, null);
            }
        }
    }

    /// <summary>A minimal-API route: <c>Map*("template", …)</c>, under the constant prefixes of the <c>MapGroup</c> calls it hangs from.</summary>
    public void Invocation(INamedTypeSymbol owner, IInvocationOperation operation)
    {
        var method = operation.TargetMethod;
        if (!MapMethods.Contains(method.Name) || !InAspNetCore(method) || Pattern(operation) is not { } template)
        {
            return;
        }

        var verb = method.Name.Length > 3 && method.Name != "MapMethods" ? method.Name[3..].ToUpperInvariant() : null;
        Add(context.IdOf(owner), GroupPrefix(operation) + "/" + template, verb);
    }

    /// <summary>A URL path passed as an argument, unless it goes to routing itself, the file system or configuration.</summary>
    public void Argument(INamedTypeSymbol owner, IArgumentOperation argument)
    {
        if (argument.Parameter is not { } parameter || parameter.Type.SpecialType != SpecialType.System_String)
        {
            return;
        }

        var target = argument.Parent switch
        {
            IInvocationOperation invocation => invocation.TargetMethod,
            IObjectCreationOperation creation => creation.Constructor,
            _ => null,
        };
        if (target is null || IsExcluded(target))
        {
            return;
        }

        if (StringValue.Of(argument.Value, context.Model) is not { } text
            || (!text.Contains('/', StringComparison.Ordinal) && !UrlParameter().IsMatch(parameter.Name))
            || RoutePath.Call(text) is null)
        {
            return;
        }

        var verb = target.MethodKind == MethodKind.Constructor
            ? null
            : Word().Matches(target.Name).Select(w => w.Value).FirstOrDefault(w => Verbs.Contains(w, StringComparer.Ordinal))?.ToUpperInvariant();
        context.Facts.Calls.Add(new HttpCall(context.IdOf(owner), text, verb, context.LocationOf(argument.Syntax)));
    }

    private static bool IsExcluded(IMethodSymbol target)
    {
        var ns = target.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        return MapMethods.Contains(target.Name) || target.Name == "MapGroup" || ns.StartsWith("System.IO", StringComparison.Ordinal)
            || ns.StartsWith("Microsoft.Extensions.Configuration", StringComparison.Ordinal) || ns.StartsWith("Microsoft.Extensions.Logging", StringComparison.Ordinal);
    }

    private static bool InAspNetCore(IMethodSymbol method) =>
        method.ContainingNamespace?.ToDisplayString() is { } ns && ns.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal);

    /// <summary>The verb of a routing attribute ("" for a bare [Route]), or null when the attribute declares no route.</summary>
    private static string? RouteAttribute(AttributeData attribute) => attribute.AttributeClass?.Name switch
    {
        "RouteAttribute" => string.Empty,
        { } name when name.StartsWith("Http", StringComparison.Ordinal) && name.EndsWith("Attribute", StringComparison.Ordinal)
            && Verbs.Contains(name[4..^9], StringComparer.Ordinal) => name[4..^9],
        _ => null,
    };

    /// <summary>The class's own [Route]/[RoutePrefix] templates, else the nearest base class's.</summary>
    private static List<string> ClassRoutes(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            var routes = current.GetAttributes()
                .Where(a => a.AttributeClass?.Name is "RouteAttribute" or "RoutePrefixAttribute")
                .Select(a => a.ConstructorArguments is [{ Value: string text }, ..] ? text : null)
                .OfType<string>()
                .ToList();
            if (routes.Count > 0)
            {
                return routes;
            }
        }

        return [];
    }

    /// <summary>The route pattern or group prefix a <c>Map*</c> call is given: its first string argument, when constant.</summary>
    private static string? Pattern(IInvocationOperation operation) => operation.Arguments
        .FirstOrDefault(a => a.Parameter?.Type.SpecialType == SpecialType.System_String)?.Value.ConstantValue is { HasValue: true, Value: string pattern } ? pattern : null;

    /// <summary>The constant prefixes of the <c>MapGroup</c> calls a route hangs from, through calls in between and a local or two.</summary>
    private string GroupPrefix(IInvocationOperation operation)
    {
        var prefixes = new List<string>();
        IOperation? current = Receiver(operation);
        for (var steps = 0; current is not null && steps < 8; steps++)
        {
            switch (current)
            {
                case IInvocationOperation call:
                    if (call.TargetMethod.Name == "MapGroup" && Pattern(call) is { } prefix)
                    {
                        prefixes.Add(prefix);
                    }

                    current = Receiver(call);
                    break;
                case IConversionOperation conversion:
                    current = conversion.Operand;
                    break;
                case ILocalReferenceOperation local:
                    current = Initializers.Of(local.Local, context.Model);
                    break;
                default:
                    current = null;
                    break;
            }
        }

        prefixes.Reverse();
        return string.Join('/', prefixes.Select(p => p.Trim('/')));
    }

    private static IOperation? Receiver(IInvocationOperation call) =>
        call.Instance ?? (call.TargetMethod.IsExtensionMethod && call.Arguments.Length > 0 ? call.Arguments[0].Value : null);

    private void Add(string owner, string template, string? verb) =>
        context.Facts.Routes.Add(new HttpRoute(owner, template, verb));

    [GeneratedRegex("(?i)(uri|url|path|route|endpoint|address)")]
    private static partial Regex UrlParameter();

    [GeneratedRegex("[A-Z][a-z]*|[a-z]+")]
    private static partial Regex Word();
}
