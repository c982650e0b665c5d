using Microsoft.CodeAnalysis;

namespace Modernize.Extraction.Collecting;

/// <summary>The documents extraction walks, in walk order (the cache plan and the walk must agree on it).</summary>
internal static class SourceDocuments
{
    public static List<Document> Of(Project project) => [.. project.Documents.Where(d => d.SupportsSyntaxTree)];
}
