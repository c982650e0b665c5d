using System.Globalization;
using System.Text.RegularExpressions;
using Modernize.Model.Analysis;
using Modernize.Model.Graph;

namespace Modernize.Analysis.Blockers;

/// <summary>Finds, per project, the legacy technologies of <see cref="BlockerCatalog"/> from external API uses, files, data access and project facts.</summary>
public static partial class BlockerDetector
{
    /// <summary>Incidents kept per blocker; <see cref="LegacyBlocker.IncidentCount"/> has the full count.</summary>
    public const int MaxIncidents = 20;

    public static IReadOnlyList<LegacyBlocker> Detect(CodeGraph graph, IReadOnlyList<BlockerRule>? rules = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        rules ??= BlockerCatalog.Rules;

        // Generated code counts here: a WCF proxy or an EDMX context is evidence even when a tool wrote it.
        var projectOfType = graph.Types.GroupBy(t => t.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Project, StringComparer.Ordinal);
        var projects = graph.Projects.Select(p => p.Path)
            .Concat(graph.Types.Select(t => t.Project))
            .Concat(graph.Files.Select(f => f.Project))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);

        var result = new List<LegacyBlocker>();
        foreach (var project in projects)
        {
            var info = graph.Projects.FirstOrDefault(p => p.Path == project);
            var uses = graph.ExternalUses.Where(u => projectOfType.GetValueOrDefault(u.From) == project).ToList();
            var files = graph.Files.Where(f => f.Project == project).Select(f => f.Path).ToList();
            var data = graph.DataAccesses.Where(d => projectOfType.GetValueOrDefault(d.From) == project).ToList();
            result.AddRange(DetectInProject(project, info, uses, files, data, rules));
        }

        return result;
    }

    /// <summary>Blocker points per project: each blocker counts once in a project, however often it is used.</summary>
    public static IReadOnlyDictionary<string, int> PointsByProject(IEnumerable<LegacyBlocker> blockers) =>
        blockers.GroupBy(b => b.Project, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(b => b.Points), StringComparer.Ordinal);

    public static int SolutionPoints(IEnumerable<LegacyBlocker> blockers) => blockers.Sum(b => b.Points);

    private static IEnumerable<LegacyBlocker> DetectInProject(
        string project, ProjectInfo? info, List<ExternalUse> uses, List<string> files, List<DataAccess> data, IReadOnlyList<BlockerRule> rules)
    {
        var evidence = rules.ToDictionary(r => r.Id, _ => new Evidence(), StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            var found = evidence[rule.Id];
            foreach (var file in files.Where(rule.MatchesFile))
            {
                found.Add(1, [new BlockerIncident(Path.GetFileName(file), new SourceLocation(file, 1))]);
            }

            foreach (var access in data.Where(d => rule.DataKinds?.Contains(d.Kind) == true))
            {
                found.Add(1, [new BlockerIncident($"{access.Kind} {access.Target}", access.Location)]);
            }

            if (info is not null && FactIncident(rule.Fact, info) is { } fact)
            {
                found.Add(1, [fact]);
            }
        }

        foreach (var use in uses)
        {
            var rule = rules.FirstOrDefault(r => Claims(r, use, uses, evidence[r.Id]));
            if (rule is null)
            {
                continue;
            }

            var members = rule.Members is null ? use.Members : use.Members.Where(m => rule.Members.Contains(m, StringComparer.Ordinal)).ToList();
            var detail = members.Count switch
            {
                0 => use.Api,
                1 => use.Api + "." + members[0],
                _ => $"{use.Api} ({string.Join(", ", members)})",
            };
            var incidents = use.Samples.Count == 0
                ? [new BlockerIncident(detail, null)]
                : use.Samples.Select(s => new BlockerIncident(detail, s)).ToList();
            evidence[rule.Id].Add(Math.Max(use.Count, incidents.Count), incidents);
        }

        foreach (var rule in rules)
        {
            var found = evidence[rule.Id];
            if (found.Count == 0)
            {
                continue;
            }

            var incidents = found.Incidents
                .Distinct()
                .OrderBy(i => i.Location?.File ?? string.Empty, StringComparer.Ordinal)
                .ThenBy(i => i.Location?.Line ?? 0)
                .ThenBy(i => i.Detail, StringComparer.Ordinal)
                .Take(MaxIncidents)
                .ToList();
            yield return new LegacyBlocker(project, rule.Id, rule.Title, rule.Remedy, rule.Points, found.Count, incidents);
        }
    }

    private static bool Claims(BlockerRule rule, ExternalUse use, List<ExternalUse> projectUses, Evidence evidence)
    {
        if (!rule.MatchesApi(use.Api, use.Members))
        {
            return false;
        }

        if (rule.ApisNeedOtherEvidence && evidence.Count == 0)
        {
            return false;
        }

        return rule.NotInProjectsUsing is null
            || !projectUses.Any(u => ApiName.MatchesAny(ApiName.Normalise(u.Api), rule.NotInProjectsUsing));
    }

    private static BlockerIncident? FactIncident(ProjectFact fact, ProjectInfo project) => fact switch
    {
        ProjectFact.LegacyProjectFormat when project.Style == ProjectStyle.Legacy =>
            new BlockerIncident("old-style project file", new SourceLocation(project.Path, 1)),
        ProjectFact.PackagesConfig when project.UsesPackagesConfig =>
            new BlockerIncident(
                string.Create(CultureInfo.InvariantCulture, $"packages.config with {project.Packages.Count(p => p.Source == PackageSources.PackagesConfig)} packages"),
                null),
        ProjectFact.NetFrameworkTarget when project.TargetFrameworks.FirstOrDefault(IsNetFramework) is { } framework =>
            new BlockerIncident("targets " + framework, new SourceLocation(project.Path, 1)),
        _ => null,
    };

    /// <summary>net20 .. net481 (and <c>v4.8</c>-style versions from old project files); not net5.0+ or netstandard.</summary>
    public static bool IsNetFramework(string targetFramework) => NetFrameworkMoniker().IsMatch(targetFramework);

    [GeneratedRegex(@"^(net[1-4]\d{0,2}|v[1-4]\.\d+(\.\d+)?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NetFrameworkMoniker();

    private sealed class Evidence
    {
        public int Count { get; private set; }

        public List<BlockerIncident> Incidents { get; } = [];

        public void Add(int count, IEnumerable<BlockerIncident> incidents)
        {
            Count += count;
            Incidents.AddRange(incidents);
        }
    }
}
