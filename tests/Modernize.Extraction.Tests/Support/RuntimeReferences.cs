using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Modernize.Extraction.Tests.Support;

/// <summary>Metadata references to the running .NET's own assemblies: what a test project compiles against.</summary>
internal static class RuntimeReferences
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> All = new(() =>
    {
        var directory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        return [.. Directory.GetFiles(directory, "*.dll")
            .Where(IsManagedFacadeOrLibrary)
            .Order(StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))];
    });

    public static ImmutableArray<MetadataReference> Runtime => All.Value;

    private static bool IsManagedFacadeOrLibrary(string path)
    {
        var name = Path.GetFileName(path);
        return name.StartsWith("System.", StringComparison.Ordinal)
            || name is "netstandard.dll" or "mscorlib.dll" or "Microsoft.VisualBasic.Core.dll" or "Microsoft.VisualBasic.dll" or "Microsoft.Win32.Primitives.dll" or "Microsoft.Win32.Registry.dll";
    }
}
