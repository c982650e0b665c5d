using System.Globalization;
using Modernize.Analysis.Findings;
using Modernize.Model.Analysis;
using Modernize.Model.Configuration;
using Modernize.Model.Graph;

namespace Modernize.Analysis.Smells;

/// <summary>Dense structure: the namespace graph has more than <see cref="Thresholds.DenseStructureDensity"/> of all possible edges (at least five namespaces).</summary>
public static class DenseStructureSmell
{
    public const int MinNamespaces = 5;

    /// <summary>The single symbol of the finding: it is about the whole namespace graph.</summary>
    public const string Symbol = "(namespace graph)";

    public static IEnumerable<Finding> Find(IReadOnlyCollection<string> namespaces, IEnumerable<Dependency> namespaceDependencies, Thresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(namespaces);
        ArgumentNullException.ThrowIfNull(namespaceDependencies);
        ArgumentNullException.ThrowIfNull(thresholds);
        var n = namespaces.Count;
        if (n < MinNamespaces)
        {
            return [];
        }

        var edges = namespaceDependencies.Select(d => (d.From, d.To)).Distinct().Count();
        var density = Density(n, edges);
        if (density <= thresholds.DenseStructureDensity)
        {
            return [];
        }

        return
        [
            FindingFactory.Create(
                RuleIds.DenseStructure,
                Severity.Warning,
                string.Create(CultureInfo.InvariantCulture, $"The namespace graph is dense: {edges} dependencies among {n} namespaces, density {density:0.00} (threshold {thresholds.DenseStructureDensity:0.00})."),
                [Symbol],
                []),
        ];
    }

    /// <summary>Edges ÷ n(n−1): the share of all possible directed dependencies that exist.</summary>
    public static double Density(int vertices, int edges) => vertices < 2 ? 0 : (double)edges / ((double)vertices * (vertices - 1));
}
