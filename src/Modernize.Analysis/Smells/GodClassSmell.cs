using System.Globalization;
using Modernize.Analysis.Findings;
using Modernize.Model.Analysis;
using Modernize.Model.Configuration;
using Modernize.Model.Graph;

namespace Modernize.Analysis.Smells;

/// <summary>God class: large (lines or methods at the thresholds) and coupled to many classes.</summary>
public static class GodClassSmell
{
    public static IEnumerable<Finding> Find(IEnumerable<TypeNode> types, Thresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(types);
        ArgumentNullException.ThrowIfNull(thresholds);
        return types
            .Where(t => (t.Metrics.SourceLines >= thresholds.GodClassLines || t.Metrics.Methods >= thresholds.GodClassMethods)
                && t.Metrics.ClassCoupling >= thresholds.GodClassCoupling)
            .Select(t => FindingFactory.Create(
                RuleIds.GodClass,
                Severity.Warning,
                string.Create(CultureInfo.InvariantCulture, $"{t.Id} is a god class: {t.Metrics.SourceLines} lines, {t.Metrics.Methods} methods, coupled to {t.Metrics.ClassCoupling} classes (thresholds {thresholds.GodClassLines} lines or {thresholds.GodClassMethods} methods, and {thresholds.GodClassCoupling} classes)."),
                [t.Id],
                [new SourceLocation(t.File, t.Line)]));
    }
}
