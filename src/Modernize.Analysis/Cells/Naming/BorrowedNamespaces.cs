using Modernize.Model.Graph;

namespace Modernize.Analysis.Cells.Naming;

/// <summary>
/// Framework namespaces a solution borrows by convention: extension methods declared in
/// <c>Microsoft.Extensions.DependencyInjection</c> or <c>Microsoft.Extensions.Hosting</c>, as dotnet/eShop writes them.
/// Their segments say nothing about the code declaring them: they name no cell, and a unit holding such a type is not
/// named as a kernel by it (a polyfill in <c>System.Diagnostics.CodeAnalysis</c> keeps its own hint as a type).
/// </summary>
public static class BorrowedNamespaces
{
    /// <summary>Second segments of Microsoft's framework namespaces (Microsoft.eShopWeb is a solution's own).</summary>
    private static readonly HashSet<string> FrameworkSecondSegments = new(StringComparer.Ordinal) { "Extensions", "AspNetCore", "AspNet", "EntityFrameworkCore", "Maui", "Owin", "Identity" };

    /// <summary>Whether the type is declared in a framework namespace rather than one of its solution's own.</summary>
    public static bool IsBorrowed(TypeNode type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return IsBorrowed(Split(type));
    }

    /// <summary>A type's namespace segments; none when the namespace is a borrowed framework one.</summary>
    public static string[] OwnSegments(TypeNode type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var segments = Split(type);
        return IsBorrowed(segments) ? [] : segments;
    }

    private static string[] Split(TypeNode type) => type.Namespace.Split('.', StringSplitOptions.RemoveEmptyEntries);

    private static bool IsBorrowed(string[] segments) =>
        segments.Length > 0 && (segments[0] == "System" || (segments[0] == "Microsoft" && segments.Length > 1 && FrameworkSecondSegments.Contains(segments[1])));
}
