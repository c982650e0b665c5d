using Modernize.Loading.Environment;
using Modernize.Loading.ProjectFiles;
using Modernize.Model.Graph;
using NuGet.Versioning;

namespace Modernize.Loading.MsBuild;

/// <summary>
/// PackageReference versions the feeds lack, handled in the scan only. A targets file in the scratch folder, imported through the
/// <c>CustomAfterMicrosoftCommonTargets</c> hooks (global properties, one for single-targeted projects and one for the outer build of
/// multi-targeted ones: the tree is not touched), makes NU1603 (a higher version
/// taken) and NU1605 (a downgrade) never fatal, whatever the repository's warnings-as-errors settings, and pins a project's
/// package to the version <see cref="PackageVersions.StandIn"/> chooses (same major, else nearest higher, else nearest lower)
/// where NuGet found none (NU1102) or took one of another major. Every substitution is then read back from the assets file.
/// </summary>
internal sealed class PackageReferencePins
{
    public static readonly string[] Hooks = ["CustomAfterMicrosoftCommonTargets", "CustomAfterMicrosoftCommonCrossTargetingTargets"];

    private readonly Dictionary<string, List<(string Id, string Version)>> pins = new(StringComparer.Ordinal);

    public PackageReferencePins(string scratch)
    {
        TargetsFile = Path.Combine(scratch, "modernize.packages.targets");
        Write();
    }

    public string TargetsFile { get; }

    /// <summary>
    /// Chooses pins for the restored <paramref name="projects"/>: packages NuGet did not resolve, or resolved to another major
    /// than the one asked for, get the rule's stand-in among the served versions when it differs from NuGet's choice.
    /// Returns the projects whose pins changed (to restore again).
    /// </summary>
    public async Task<IReadOnlyList<ProjectFileFacts>> ChooseAsync(IReadOnlyList<ProjectFileFacts> projects, OutputRedirection redirection, CancellationToken cancellationToken)
    {
        var candidates = new List<(ProjectFileFacts Project, string Id, string Wanted, string? Resolved)>();
        foreach (var project in projects)
        {
            var resolved = AssetsFile.ResolvedPackages(Path.Combine(redirection.ObjFolder(project.FullPath), "project.assets.json"));
            foreach (var (id, wanted) in Direct(project))
            {
                var used = resolved.GetValueOrDefault(id);
                if (used is null || PackageVersions.Major(used) != PackageVersions.Major(wanted))
                {
                    candidates.Add((project, id, wanted, used));
                }
            }
        }

        if (candidates.Count == 0)
        {
            return [];
        }

        var served = await PackageFeeds.ServedVersionsAsync(candidates.Select(c => c.Id), TimeSpan.FromMinutes(2), cancellationToken).ConfigureAwait(false);
        var changed = new List<ProjectFileFacts>();
        foreach (var group in candidates.GroupBy(c => c.Project))
        {
            var chosen = group
                .Select(c => (c.Id, c.Resolved, StandIn: PackageVersions.StandIn(c.Wanted, served.GetValueOrDefault(c.Id) ?? [])))
                .Where(c => c.StandIn is not null && !SameVersion(c.StandIn, c.Resolved))
                .Select(c => (c.Id, Version: c.StandIn!))
                .ToList();
            if (chosen.Count > 0)
            {
                pins[group.Key.FullPath] = chosen;
                changed.Add(group.Key);
            }
        }

        if (changed.Count > 0)
        {
            Write();
        }

        return changed;
    }

    /// <summary>The project's PackageReferences whose restored version is not the one asked for (wanted -> used), from its assets file.</summary>
    public static List<PackageStandIn> Substitutions(ProjectFileFacts project, string assetsPath)
    {
        ArgumentNullException.ThrowIfNull(project);
        var resolved = AssetsFile.ResolvedPackages(assetsPath);
        return Direct(project)
            .Select(p => (p.Id, p.Wanted, Used: resolved.GetValueOrDefault(p.Id)))
            .Where(p => p.Used is not null && !SameVersion(p.Wanted, p.Used))
            .Select(p => new PackageStandIn(p.Id, p.Wanted, p.Used!))
            .ToList();
    }

    /// <summary>
    /// Direct PackageReferences with one version: a plain one, or an exact pin <c>[10.8.0]</c> (bitwarden's test projects
    /// pin theirs so, and a pin no feed serves failed their restore); other ranges and floating versions are NuGet's to choose.
    /// </summary>
    private static IEnumerable<(string Id, string Wanted)> Direct(ProjectFileFacts project) =>
        project.Packages
            .Where(p => p.Source == PackageSources.PackageReference && p.Version is not null)
            .Select(p => (p.Id, Wanted: OneVersion(p.Version!.Trim())))
            .Where(p => p.Wanted is not null)
            .Select(p => (p.Id, Wanted: p.Wanted!))
            .DistinctBy(p => p.Id, StringComparer.OrdinalIgnoreCase);

    private static string? OneVersion(string version) =>
        NuGetVersion.TryParse(version, out _) ? version
        : VersionRange.TryParse(version, out var range) && range is { IsMinInclusive: true, IsMaxInclusive: true, MinVersion: { } min } && min == range.MaxVersion ? min.ToNormalizedString()
        : null;

    private static bool SameVersion(string? a, string? b) =>
        a is not null && b is not null && NuGetVersion.TryParse(a, out var left) && NuGetVersion.TryParse(b, out var right) && left == right;

    private void Write()
    {
        var file = new ScratchProjectFile("package versions the feeds lack never stop the scan's restore.");
        file.Open("PropertyGroup");
        file.Add("<NoWarn>$(NoWarn);NU1603;NU1605</NoWarn>");
        file.Add("<WarningsAsErrors>$(WarningsAsErrors.Replace('NU1603', '').Replace('NU1605', ''))</WarningsAsErrors>");
        file.Close("PropertyGroup");
        foreach (var (project, packages) in pins.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var condition = ScratchProjectFile.ForProject(project);
            foreach (var (central, element) in new[] { ("!=", "PackageReference"), ("==", "PackageVersion") })
            {
                file.Open("ItemGroup", $"{condition} and '$(ManagePackageVersionsCentrally)' {central} 'true'");
                foreach (var (id, version) in packages)
                {
                    file.Add($"<{element} Update=\"{MsBuildText.Escape(id)}\" Version=\"[{MsBuildText.Escape(version)}]\" />");
                }

                file.Close("ItemGroup");
            }
        }

        file.WriteTo(TargetsFile);
    }
}
