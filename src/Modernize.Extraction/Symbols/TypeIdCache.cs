using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace Modernize.Extraction.Symbols;

/// <summary>Type ids for one project's compilation, computed once per symbol: the walk asks for the same few types over and over.</summary>
internal sealed class TypeIdCache
{
    private readonly ConcurrentDictionary<INamedTypeSymbol, string> ids = new(SymbolEqualityComparer.Default);

    public string Of(INamedTypeSymbol type) => ids.GetOrAdd(type.OriginalDefinition, static t => TypeIds.Of(t));
}
