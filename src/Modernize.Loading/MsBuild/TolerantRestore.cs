using Modernize.Loading.Environment;
using Modernize.Loading.ProjectFiles;
using Modernize.Model.Graph;

namespace Modernize.Loading.MsBuild;

/// <summary>
/// Restores SDK-style projects (and old-style ones with PackageReference items) that have no restore output, into the scratch folder only, in one <c>dotnet restore</c> of a
/// scratch .slnx (one process and one restore graph). Failures are tolerated: NuGet still writes the assets of what it could
/// restore, so a project with one unavailable package keeps all its others. Never project by project (69 projects took six
/// minutes). Where the feeds lack a package version, <see cref="PackageReferencePins"/> chooses a stand-in and the projects
/// concerned are restored once more. A project that stops the restore graph itself (a MAUI project whose workload is not
/// installed: NETSDK1147) leaves every project unrestored, and without project.assets.json the SDK drops transitive project
/// references; so the others are restored once more without the projects the errors name.
/// </summary>
internal static class TolerantRestore
{
    /// <summary>
    /// The projects without restore output that NuGet restores: SDK-style ones, and old-style ones listing PackageReference
    /// items (their packages.config siblings are never restored by <c>dotnet restore</c>).
    /// </summary>
    public static List<ProjectFileFacts> Unrestored(IReadOnlyList<ProjectFileFacts> facts, OutputRedirection redirection) =>
        facts.Where(f => (f.Style == ProjectStyle.Sdk || PackageReferenceAssemblies.Uses(f)) && !redirection.IsRestored(f.FullPath)).ToList();

    public static async Task RunAsync(
        IReadOnlyList<ProjectFileFacts> facts,
        OutputRedirection redirection,
        PackageReferencePins pins,
        Dictionary<string, string> properties,
        MsBuildEnvironment environment,
        string scratch,
        IProgress<string>? progress,
        Dictionary<string, List<string>> projectWarnings,
        CancellationToken cancellationToken)
    {
        var unrestored = Unrestored(facts, redirection);
        if (unrestored.Count == 0)
        {
            return;
        }

        progress?.Report($"restoring {unrestored.Count} projects into a scratch folder");
        var run = new RestoreRun(redirection, properties, environment, scratch, progress, cancellationToken);
        var failures = await RestoreAroundBlockersAsync(unrestored, run).ConfigureAwait(false);
        var repinned = await pins.ChooseAsync(unrestored, redirection, cancellationToken).ConfigureAwait(false);
        if (repinned.Count > 0)
        {
            progress?.Report($"pinning packages of {repinned.Count} project(s) to the nearest served versions and restoring them again");
            var again = await RestoreAroundBlockersAsync(repinned, run).ConfigureAwait(false);
            Supersede(failures, repinned, again);
        }

        foreach (var (project, failure) in failures)
        {
            projectWarnings[project].Add(failure);
        }
    }

    /// <summary>
    /// One restore of <paramref name="projects"/>; when it restored nothing of some projects the errors do not name, once more
    /// without the projects they do name. Returns the failure message of each project still failed.
    /// </summary>
    private static async Task<Dictionary<string, string>> RestoreAroundBlockersAsync(IReadOnlyList<ProjectFileFacts> projects, RestoreRun run)
    {
        var (failures, named) = await RestoreOnceAsync(projects, run).ConfigureAwait(false);
        var blocked = projects.Where(p => !named.Contains(p.FullPath) && !run.Redirection.IsRestored(p.FullPath)).ToList();
        if (named.Count == 0 || blocked.Count == 0)
        {
            return failures;
        }

        var blockers = projects.Where(p => named.Contains(p.FullPath)).Select(p => p.Name).ToList();
        run.Progress?.Report($"restoring {blocked.Count} project(s) again without {string.Join(", ", blockers)}, which stopped the restore of the others");
        var (again, _) = await RestoreOnceAsync(blocked, run).ConfigureAwait(false);
        Supersede(failures, blocked, again);
        return failures;
    }

    /// <summary>The failures of a later restore of <paramref name="redone"/> replace what the earlier one said about them.</summary>
    private static void Supersede(Dictionary<string, string> failures, IEnumerable<ProjectFileFacts> redone, Dictionary<string, string> again)
    {
        foreach (var project in redone)
        {
            failures.Remove(project.FullPath);
        }

        foreach (var (project, failure) in again)
        {
            failures[project] = failure;
        }
    }

    /// <summary>
    /// One restore of <paramref name="projects"/>; returns the failure message of each project it failed for, and the projects
    /// its error lines name.
    /// </summary>
    private static async Task<(Dictionary<string, string> Failures, HashSet<string> Named)> RestoreOnceAsync(IReadOnlyList<ProjectFileFacts> projects, RestoreRun run)
    {
        var failures = new Dictionary<string, string>(StringComparer.Ordinal);
        var named = new HashSet<string>(StringComparer.Ordinal);
        var batch = RestoreSolution.Write(run.Scratch, projects.Select(p => p.FullPath));
        var arguments = new List<string> { "restore", batch, "--nologo", "-v", "quiet" };
        arguments.AddRange(run.Properties.Select(p => $"-p:{p.Key}={p.Value}"));
        var result = await DotnetCli.RunAsync(run.Environment.DotnetExecutable, arguments, projects[0].Directory, TimeSpan.FromMinutes(5), run.CancellationToken).ConfigureAwait(false);
        if (result.ExitCode == 0)
        {
            return (failures, named);
        }

        run.Progress?.Report($"restore failed (exit code {result.ExitCode}); loading what it restored");
        var lines = result.Combined.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var project in projects)
        {
            var errors = lines.Where(l => l.Contains(project.FullPath, StringComparison.Ordinal) && l.Contains("error", StringComparison.OrdinalIgnoreCase)).Distinct(StringComparer.Ordinal).Take(3).ToList();
            if (errors.Count > 0)
            {
                named.Add(project.FullPath);
            }

            if (errors.Count > 0 || !run.Redirection.IsRestored(project.FullPath))
            {
                var summary = lines.FirstOrDefault(l => l.Contains("error", StringComparison.OrdinalIgnoreCase)) ?? lines.FirstOrDefault() ?? string.Empty;
                failures[project.FullPath] = $"dotnet restore failed (exit code {result.ExitCode}): " + (errors.Count > 0 ? string.Join(" | ", errors.Select(e => e.Replace(project.FullPath, project.Name, StringComparison.Ordinal))) : summary);
            }
        }

        return (failures, named);
    }

    /// <summary>What every restore of one scan shares: where outputs go, the properties, the SDK, the scratch folder, progress.</summary>
    private sealed record RestoreRun(
        OutputRedirection Redirection,
        Dictionary<string, string> Properties,
        MsBuildEnvironment Environment,
        string Scratch,
        IProgress<string>? Progress,
        CancellationToken CancellationToken);
}
