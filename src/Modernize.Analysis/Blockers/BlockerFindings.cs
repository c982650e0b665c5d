using System.Globalization;
using Modernize.Analysis.Findings;
using Modernize.Model.Analysis;

namespace Modernize.Analysis.Blockers;

/// <summary>One finding per blocker and project: <c>legacy/&lt;id&gt;</c> on the project; a warning from 5 points (redesign) up.</summary>
public static class BlockerFindings
{
    public static IEnumerable<Finding> Create(IEnumerable<LegacyBlocker> blockers)
    {
        ArgumentNullException.ThrowIfNull(blockers);
        return blockers.Select(b => FindingFactory.Create(
            RuleIds.Legacy(b.Id),
            b.Points >= 5 ? Severity.Warning : Severity.Info,
            string.Create(CultureInfo.InvariantCulture, $"{b.Project} uses {b.Title} ({b.IncidentCount} incidents, {b.Points} points): {b.Remedy}."),
            [b.Project],
            b.Incidents.Where(i => i.Location is not null).Select(i => i.Location!)));
    }
}
