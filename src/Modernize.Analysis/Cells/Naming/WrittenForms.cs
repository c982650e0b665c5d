using Modernize.Analysis.Cells.Signals;
using Modernize.Model.Graph;

namespace Modernize.Analysis.Cells.Naming;

/// <summary>
/// Words are compared stemmed and lower case, so that Orders and Order meet ("common", "buildingblock"); shown to a reader
/// they are written as the code writes them.
/// </summary>
public static class WrittenForms
{
    /// <summary>The form a word is most often written in; the shorter on a tie (Order before Orders).</summary>
    public static string MostCommon(IEnumerable<string> forms) => forms
        .GroupBy(f => f, StringComparer.Ordinal)
        .OrderByDescending(g => g.Count())
        .ThenBy(g => g.Key.Length)
        .ThenBy(g => g.Key, StringComparer.Ordinal)
        .First().Key;

    /// <summary>
    /// A layout key in the form its members' namespaces or folders write it most often ("common" → "Common"), part by part;
    /// a part written nowhere stays as it is.
    /// </summary>
    public static string OfLayoutKey(string key, IReadOnlyList<TypeNode> members)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(members);
        var segments = members
            .SelectMany(t => t.Namespace.Split('.').Concat(t.File.Split('/')))
            .Where(segment => segment.Length > 0)
            .ToList();
        return string.Join('/', key.Split('/').Select(part =>
        {
            var forms = segments.Where(segment => DomainWords.Stem(segment) == part).ToList();
            return forms.Count == 0 ? part : MostCommon(forms);
        }));
    }
}
