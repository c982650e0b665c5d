using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.MSBuild;

namespace Modernize.Loading.MsBuild;

/// <summary>
/// Opens the solution or projects with <see cref="MSBuildWorkspace"/> (design-time builds in the BuildHost child process).
/// Only called after <see cref="Environment.MsBuildEnvironment.Register"/>; kept out of line so no MSBuild type loads earlier.
/// </summary>
internal static class MsBuildWorkspaceLoader
{
    /// <summary>
    /// Messages every Linux scan produces and that say nothing about fidelity: there is no Mono MSBuild (legacy projects load with
    /// the .NET SDK, which is what we want), and design-time builds do not produce the referenced projects' output.
    /// </summary>
    private static readonly string[] BenignDiagnostics =
        ["An installation of Mono MSBuild could not be found", "Found project reference without a matching metadata reference"];

    /// <summary>
    /// Roslyn 5.12 reports its own logger's errors as workspace failures, among them a build host that takes more than
    /// 500 ms to exit once it was asked to shut down (<c>BuildHostProcessManager</c>), which a busy machine often sees after a
    /// complete load. Roslyn logs it when it disposes of a build host or loses its connection, not about a project; a project the
    /// build host failed to load is caught by the fidelity checks (no documents, missing references) as before.
    /// </summary>
    private static bool IsSlowShutdown(WorkspaceDiagnostic diagnostic) =>
        diagnostic.Message.Contains("The BuildHost process is not responding", StringComparison.Ordinal);

    /// <summary>What MSBuild loaded: one Roslyn project per project file (multi-targeted ones deduplicated) and its target frameworks.</summary>
    public sealed record Result(IDisposable Workspace, Solution Solution, IReadOnlyDictionary<string, Project> Projects, IReadOnlyDictionary<string, IReadOnlyList<string>> TargetFrameworks, IReadOnlyList<string> Diagnostics);

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static async Task<Result> LoadAsync(string? solution, IReadOnlyList<string> projects, IReadOnlyDictionary<string, string> properties, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        BuildHostWatch.Install();
        var workspace = MSBuildWorkspace.Create(properties.ToDictionary(p => p.Key, p => p.Value));
        try
        {
            workspace.SkipUnrecognizedProjects = true;
            workspace.LoadMetadataForReferencedProjects = false;
            var reporter = new Progress<ProjectLoadProgress>(p =>
                progress?.Report($"{p.Operation} {Path.GetFileName(p.FilePath)}{(p.TargetFramework is null ? string.Empty : $" ({p.TargetFramework})")} in {p.ElapsedTime.TotalSeconds:0.0}s"));
            if (solution is not null)
            {
                await workspace.OpenSolutionAsync(solution, msbuildLogger: null, progress: reporter, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                foreach (var project in projects)
                {
                    if (!workspace.CurrentSolution.Projects.Any(p => string.Equals(p.FilePath, project, StringComparison.Ordinal)))
                    {
                        await workspace.OpenProjectAsync(project, msbuildLogger: null, progress: reporter, cancellationToken).ConfigureAwait(false);
                    }
                }
            }

            var byPath = new Dictionary<string, Project>(StringComparer.Ordinal);
            var frameworks = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var project in workspace.CurrentSolution.Projects.OrderBy(p => p.Name, StringComparer.Ordinal))
            {
                if (project.FilePath is null)
                {
                    continue;
                }

                var path = Path.GetFullPath(project.FilePath);
                var framework = FrameworkOf(project.Name);
                if (!frameworks.TryGetValue(path, out var list))
                {
                    frameworks[path] = list = [];
                }

                if (framework is not null)
                {
                    list.Add(framework);
                }

                // Multi-targeted projects appear once per framework: keep the one with the most documents.
                if (!byPath.TryGetValue(path, out var kept) || project.DocumentIds.Count > kept.DocumentIds.Count)
                {
                    byPath[path] = project;
                }
            }

            var diagnostics = workspace.Diagnostics
                .Where(d => !BenignDiagnostics.Any(b => d.Message.Contains(b, StringComparison.Ordinal)) && !IsSlowShutdown(d))
                .Select(d => $"{d.Kind}: {d.Message}")
                .Distinct(StringComparer.Ordinal)
                .ToList();
            return new Result(workspace, workspace.CurrentSolution, byPath, frameworks.ToDictionary(f => f.Key, f => (IReadOnlyList<string>)f.Value, StringComparer.Ordinal), diagnostics);
        }
        catch
        {
            workspace.Dispose();
            throw;
        }
    }

    /// <summary>MSBuildWorkspace names the per-framework instances <c>Name(net8.0)</c>.</summary>
    private static string? FrameworkOf(string projectName)
    {
        var open = projectName.LastIndexOf('(');
        return open > 0 && projectName.EndsWith(')') ? projectName[(open + 1)..^1] : null;
    }
}
