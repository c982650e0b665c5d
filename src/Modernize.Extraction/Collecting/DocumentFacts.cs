using Modernize.Model.Graph;

namespace Modernize.Extraction.Collecting;

/// <summary>What the walk of one document found. Filled by one thread, merged into its project afterwards in document order.</summary>
internal sealed class DocumentFacts(SourceFile file)
{
    public SourceFile File { get; } = file;

    public List<DeclaredType> Types { get; } = [];

    /// <summary>References keyed by (using type id, used type id); solution and external types alike, split once all projects are known.</summary>
    public Dictionary<(string From, string To), ReferenceTally> References { get; } = [];

    public List<DataAccess> DataAccesses { get; } = [];

    /// <summary>Routes this document's endpoint types serve.</summary>
    public List<Http.HttpRoute> Routes { get; } = [];

    /// <summary>URL paths this document's types pass to HTTP calls.</summary>
    public List<Http.HttpCall> Calls { get; } = [];

    public int ResolvedTypeRefs { get; set; }

    public int Errors { get; set; }

    /// <summary>Type names that did not bind, already mapped to a namespace where the file says which.</summary>
    public List<string> MissingNames { get; } = [];

    public int UnresolvedTypeRefs { get; set; }

    /// <summary>The walked types' symbols, for metrics of just these types on a rescan; cleared once metrics are done so the compilation can go.</summary>
    public List<Microsoft.CodeAnalysis.INamedTypeSymbol> DeclaredSymbols { get; } = [];
}
