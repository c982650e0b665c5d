using Modernize.Model.Graph;

namespace Modernize.Extraction.Collecting;

/// <summary>One project's extraction: its updated info, the facts of each document in document order, and type metrics by id.</summary>
internal sealed record ProjectFacts(
    ProjectInfo Info,
    IReadOnlyList<DocumentFacts> Documents,
    IReadOnlyDictionary<string, TypeMetrics> Metrics)
{
    /// <summary>What the project's data mapping files declare (read on every scan: they are not part of the document cache).</summary>
    public IReadOnlyList<Data.MappedAccess> Mappings { get; init; } = [];
}
