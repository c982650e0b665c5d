namespace Modernize.Model.Analysis;

/// <summary>A strongly connected component of two or more elements, and the lightest cuts found that break it.</summary>
/// <param name="Members">Ids of the elements in the component, sorted.</param>
/// <param name="Weight">Total weight of the dependencies inside the component.</param>
public sealed record Cycle(PackageLevel Level, IReadOnlyList<string> Members, int Weight, IReadOnlyList<CycleCut> Cuts)
{
    public int Size => Members.Count;
}
