using System.Globalization;
using Modernize.Analysis.Findings;
using Modernize.Model.Analysis;
using Modernize.Model.Configuration;

namespace Modernize.Analysis.Smells;

/// <summary>
/// Hub-like dependency (after Arcan): a namespace that many depend on and that depends on many, both at least
/// <see cref="Thresholds.HubDegree"/>, with more couplings (Ca + Ce) than the median namespace.
/// </summary>
public static class HubLikeSmell
{
    public static IEnumerable<Finding> Find(IReadOnlyList<PackageMetrics> namespaces, Thresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(namespaces);
        ArgumentNullException.ThrowIfNull(thresholds);
        if (namespaces.Count == 0)
        {
            return [];
        }

        var median = Median(namespaces.Select(n => (double)(n.Ca + n.Ce)));
        return namespaces
            .Where(n => n.Ca >= thresholds.HubDegree && n.Ce >= thresholds.HubDegree && n.Ca + n.Ce > median)
            .Select(n => FindingFactory.Create(
                RuleIds.HubLike,
                Severity.Warning,
                string.Create(CultureInfo.InvariantCulture, $"Namespace {n.Name} is a hub: {n.Ca} outside types depend on it and it depends on {n.Ce} (median couplings {median:0.#}, hub degree {thresholds.HubDegree})."),
                [n.Name],
                []));
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
        {
            return 0;
        }

        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }
}
