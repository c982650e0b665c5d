using System.Globalization;
using Modernize.Analysis.Findings;
using Modernize.Model.Analysis;

namespace Modernize.Analysis.Smells;

/// <summary>Cyclic dependency: every namespace cycle is a warning; type cycles are listed for information.</summary>
public static class CyclicDependencySmell
{
    public static IEnumerable<Finding> Find(IEnumerable<Cycle> cycles)
    {
        ArgumentNullException.ThrowIfNull(cycles);
        foreach (var cycle in cycles)
        {
            var (rule, severity, noun) = cycle.Level == PackageLevel.Namespace
                ? (RuleIds.NamespaceCycle, Severity.Warning, "namespaces")
                : (RuleIds.TypeCycle, Severity.Info, "types");
            var cuts = string.Join(", ", cycle.Cuts.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.From} -> {c.To} ({c.Weight})")));
            var message = string.Create(
                CultureInfo.InvariantCulture,
                $"{cycle.Size} {noun} depend on each other in a cycle ({string.Join(", ", cycle.Members)}); cut {cuts} to break it.");
            yield return FindingFactory.Create(rule, severity, message, cycle.Members, cycle.Cuts.SelectMany(c => c.Samples));
        }
    }
}
