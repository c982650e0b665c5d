using System.Globalization;
using Modernize.Analysis.Findings;
using Modernize.Model.Analysis;
using Modernize.Model.Configuration;
using Modernize.Model.Graph;

namespace Modernize.Analysis.Smells;

/// <summary>Plain threshold findings: class coupling and cyclomatic complexity per type, distance from the main sequence per namespace.</summary>
public static class ThresholdBreaches
{
    public static IEnumerable<Finding> Find(IEnumerable<TypeNode> types, IEnumerable<PackageMetrics> namespaces, Thresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(types);
        ArgumentNullException.ThrowIfNull(namespaces);
        ArgumentNullException.ThrowIfNull(thresholds);
        foreach (var type in types)
        {
            var where = new SourceLocation(type.File, type.Line);
            if (type.Metrics.ClassCoupling > thresholds.ClassCoupling)
            {
                yield return FindingFactory.Create(
                    RuleIds.ClassCoupling,
                    Severity.Warning,
                    string.Create(CultureInfo.InvariantCulture, $"{type.Id} is coupled to {type.Metrics.ClassCoupling} classes (threshold {thresholds.ClassCoupling})."),
                    [type.Id],
                    [where]);
            }

            if (type.Metrics.CyclomaticComplexity > thresholds.CyclomaticComplexity)
            {
                yield return FindingFactory.Create(
                    RuleIds.CyclomaticComplexity,
                    Severity.Warning,
                    string.Create(CultureInfo.InvariantCulture, $"{type.Id} has cyclomatic complexity {type.Metrics.CyclomaticComplexity} (threshold {thresholds.CyclomaticComplexity})."),
                    [type.Id],
                    [where]);
            }
        }

        // An isolated namespace (Ca = Ce = 0) sits at D = 1 without telling anything: left out.
        foreach (var ns in namespaces.Where(n => n.Ca + n.Ce > 0 && n.Distance > thresholds.Distance))
        {
            var zone = ns.Abstractness + ns.Instability < 1 ? "zone of pain: concrete and depended upon" : "zone of uselessness: abstract and unused";
            yield return FindingFactory.Create(
                RuleIds.Distance,
                Severity.Info,
                string.Create(CultureInfo.InvariantCulture, $"Namespace {ns.Name} lies far from the main sequence: D = {ns.Distance:0.00} (A = {ns.Abstractness:0.00}, I = {ns.Instability:0.00}, threshold {thresholds.Distance:0.00}), in the {zone}."),
                [ns.Name],
                []);
        }
    }
}
