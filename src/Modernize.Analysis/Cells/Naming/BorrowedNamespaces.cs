using Modernize.Model.Graph;

namespace Modernize.Analysis.Cells.Naming;

/// <summary>
/// Framework namespaces a solution borrows by convention: extension methods declared in
/// <c>Microsoft.Extensions.DependencyInjection</c> or <c>Microsoft.Extensions.Hosting</c>, as dotnet/eShop writes them.
/// Their segments say nothing about the code declaring them: they name no cell and make no kernel.
/// </summary>
public static class BorrowedNamespaces
{
    /// <summary>Second segments of Microsoft's framework namespaces (Microsoft.eShopWeb is a solution's own).</summary>
    private static readonly HashSet<string> FrameworkSecondSegments = new(StringComparer.Ordinal) { "Extensions", "AspNetCore", "AspNet", "EntityFrameworkCore", "Maui", "Owin", "Identity" };

    /// <summary>A type's namespace segments; none when the namespace is a borrowed framework one.</summary>
    public static string[] OwnSegments(TypeNode type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var segments = type.Namespace.Split('.', StringSplitOptions.RemoveEmptyEntries);
        var borrowed = segments.Length > 0 && (segments[0] == "System" || (segments[0] == "Microsoft" && segments.Length > 1 && FrameworkSecondSegments.Contains(segments[1])));
        return borrowed ? [] : segments;
    }
}
