using System.Globalization;
using Modernize.Analysis.Findings;
using Modernize.Model.Analysis;
using Modernize.Model.Graph;

namespace Modernize.Analysis.Smells;

/// <summary>Unstable dependency (Martin's stable-dependencies principle): a namespace depending on one less stable than itself, I(target) &gt; I(source).</summary>
public static class UnstableDependencySmell
{
    public static IEnumerable<Finding> Find(IReadOnlyList<PackageMetrics> namespaces, IEnumerable<Dependency> namespaceDependencies)
    {
        ArgumentNullException.ThrowIfNull(namespaces);
        ArgumentNullException.ThrowIfNull(namespaceDependencies);
        var instability = namespaces.ToDictionary(n => n.Name, n => n.Instability, StringComparer.Ordinal);
        foreach (var dependency in namespaceDependencies)
        {
            if (!instability.TryGetValue(dependency.From, out var source) || !instability.TryGetValue(dependency.To, out var target) || target <= source)
            {
                continue;
            }

            yield return FindingFactory.Create(
                RuleIds.UnstableDependency,
                Severity.Info,
                string.Create(CultureInfo.InvariantCulture, $"{dependency.From} (I = {source:0.00}) depends on the less stable {dependency.To} (I = {target:0.00}) through {dependency.Weight} references."),
                [dependency.From, dependency.To],
                dependency.Samples);
        }
    }
}
