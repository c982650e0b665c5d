using Modernize.Analysis.Cells.Signals;
using Modernize.Model.Graph;

namespace Modernize.Analysis.Cells.Naming;

/// <summary>
/// Layout keys are stemmed and lower case so that Orders and Order meet ("common", "buildingblock"); shown to a reader they
/// are written as the code writes them.
/// </summary>
public static class LayoutKeyNames
{
    /// <summary>
    /// <paramref name="key"/> in the form its members' namespaces or folders write it most often ("common" → "Common"), part by
    /// part; a part written nowhere stays as it is.
    /// </summary>
    public static string AsWritten(string key, IReadOnlyList<TypeNode> members)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(members);
        var written = members
            .SelectMany(t => t.Namespace.Split('.').Concat(t.File.Split('/')))
            .Where(segment => segment.Length > 0)
            .GroupBy(segment => segment, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .ToList();
        return string.Join('/', key.Split('/').Select(part => written.FirstOrDefault(w => DomainWords.Stem(w) == part) ?? part));
    }
}
