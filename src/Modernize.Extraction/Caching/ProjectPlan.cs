namespace Modernize.Extraction.Caching;

/// <summary>A project's documents (in walk order) with what the cache holds for each, and the key of the project's inputs.</summary>
internal sealed record ProjectPlan(string ProjectKey, IReadOnlyList<DocumentPlan> Documents)
{
    public bool AllReusable => Documents.All(d => d.Reusable is not null);
}
